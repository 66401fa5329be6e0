/**
 * js-yaml's built-in scalar types, as Hexo's reader resolves plain scalars with them. js-yaml
 * exports them at run time; @types/js-yaml does not declare them, hence the one cast here.
 */
import * as jsYaml from 'js-yaml';

export interface ScalarType {
  resolve(s: string): boolean;
  construct(s: string): unknown;
}

export const jsYamlTypes = (jsYaml as unknown as { types: Record<'null' | 'bool' | 'int' | 'float' | 'timestamp', ScalarType> }).types;
