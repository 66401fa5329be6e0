import { CleanRule } from '../types';

/** Sina's promotions: the 新浪财经APP QR code (`appendQr_wrap`), the brokerage-account QR
 * (`app-kaihu-qr`) and the 金麒麟 research-report blockquote. */
const PROMO = '.appendQr_wrap, .app-kaihu-qr, [class^="appendQr_"]:not(.appendQr_wrap *), .app-kaihu';

export const promoBlocks: CleanRule = {
  id: 'promo-blocks',
  label: ['promo block', 'promo blocks'],
  description: 'promotion and QR-code blocks (appendQr_wrap, app-kaihu-qr, the 金麒麟 blockquote)',
  apply(ctx) {
    for (const el of ctx.select(PROMO)) ctx.remove(el);
    for (const a of ctx.select('blockquote a[href*="jinqilin"]')) {
      const quote = ctx.$(a).closest('blockquote')[0];
      if (quote && quote.parent) ctx.remove(quote);
    }
  },
};
