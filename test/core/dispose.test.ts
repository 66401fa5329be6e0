/** Disposable releases every child once, the last registered first, even when some throw. */
import * as assert from 'node:assert/strict';
import { Disposable, disposeAll } from '../../src/util/dispose';

class Owner extends Disposable {
  register(d: { dispose(): void }): void {
    this._register(d);
  }
}

describe('Disposable', () => {
  it('disposes every child once, the last registered first', () => {
    const order: string[] = [];
    const owner = new Owner();
    for (const name of ['a', 'b', 'c']) owner.register({ dispose: () => order.push(name) });
    owner.dispose();
    owner.dispose();
    assert.deepEqual(order, ['c', 'b', 'a']);
  });

  it('goes on past a child that throws, then rethrows what every child threw as one AggregateError', () => {
    const disposed: string[] = [];
    const owner = new Owner();
    owner.register({ dispose: () => disposed.push('first') });
    owner.register({ dispose: () => { throw new Error('second failed'); } });
    owner.register({ dispose: () => disposed.push('third') });
    owner.register({ dispose: () => { throw new Error('fourth failed'); } });
    assert.throws(() => owner.dispose(), (e: unknown) => {
      assert.ok(e instanceof AggregateError);
      assert.deepEqual(e.errors.map((x: Error) => x.message), ['fourth failed', 'second failed']);
      return true;
    });
    assert.deepEqual(disposed, ['third', 'first']);
    // Disposed for good: a second call neither throws nor disposes anything again.
    owner.dispose();
    assert.deepEqual(disposed, ['third', 'first']);
  });

  it('rethrows a single failure as an AggregateError too, so callers meet one kind of error', () => {
    assert.throws(() => disposeAll([{ dispose: () => { throw new TypeError('x'); } }]), (e: unknown) => e instanceof AggregateError && e.errors[0] instanceof TypeError);
  });

  it('disposes at once what is registered after it was disposed', () => {
    const owner = new Owner();
    owner.dispose();
    let late = false;
    owner.register({ dispose: () => { late = true; } });
    assert.equal(late, true);
  });
});
