/** The Annotate app's styles, inside the toolbar's shadow root. */
export const APP_STYLE = `
:host { font: 14px/1.4 system-ui, sans-serif; }
/* The hidden attribute hides, whatever display a rule below gives. */
[hidden] { display: none !important; }
.bar { position: fixed; z-index: 2147483646; display: flex; flex-wrap: wrap; gap: 4px; padding: 4px;
  max-width: calc(100vw - 24px); box-sizing: border-box;
  background: #13151a; border-radius: 6px; box-shadow: 0 2px 8px #0006; }
.bar button, .panel button, .hint button { font: inherit; padding: 4px 10px; border-radius: 4px; border: 1px solid #555;
  background: #23262f; color: #fff; cursor: pointer; }
.bar button:focus-visible, .panel :focus-visible { outline: 2px solid #ffbf47; outline-offset: 1px; }
.panel { position: fixed; z-index: 2147483647; right: 16px; bottom: 72px; width: min(420px, calc(100vw - 32px));
  box-sizing: border-box;
  max-height: 75vh; overflow: auto; padding: 12px 16px; background: #13151a; color: #fff;
  border-radius: 8px; box-shadow: 0 4px 16px #0008; }
.panel h2 { font-size: 16px; margin: 0 0 8px; }
.panel h3 { font-size: 14px; margin: 4px 0; }
.panel blockquote { margin: 0 0 8px; padding: 4px 8px; border-left: 3px solid #ffbf47; color: #ddd; }
.panel label { display: block; margin: 6px 0; }
.panel input, .panel select, .panel textarea { display: block; width: 100%; box-sizing: border-box;
  font: inherit; margin-top: 2px; padding: 4px; background: #fff; color: #000; border-radius: 3px; }
.panel textarea { min-height: 4em; }
.panel fieldset { margin: 8px 0; padding: 4px 8px 8px; border: 1px solid #555; border-radius: 4px; }
.panel ul { margin: 4px 0; padding-left: 18px; }
.panel a { color: #9cf; }
.panel summary { cursor: pointer; margin: 4px 0; }
.panel label.inline { display: inline; margin-left: 6px; }
.panel label.inline input { display: inline; width: auto; margin: 0 4px 0 0; }
.panel .actions { display: flex; gap: 8px; margin-top: 10px; }
.panel .message { white-space: pre-wrap; color: #ffbf47; margin: 4px 0; }
.panel .message:empty { display: none; }
.hint { position: fixed; z-index: 2147483645; left: 50%; transform: translateX(-50%); top: 8px; margin: 0;
  padding: 6px 12px; background: #13151a; color: #fff; border-radius: 6px; max-width: 90vw; }
`;
