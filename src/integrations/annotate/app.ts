// The Annotate Dev Toolbar app (dev server only): select words on an article page and mark them
// as a claim, an event or an actor mention; click a claim or event to edit or remove it; the
// Article panel writes the article's own record. The server side (./server.ts) writes the file;
// the page reloads with the result.
import { defineToolbarApp } from 'astro/toolbar';
import type { ArticleInfo } from './server.ts';
import { APP_STYLE } from './app-style.ts';
import { articleFields, articleRequest } from './article-panel.ts';
import { ANNOTATE_APP } from './app-name.ts';
import { pageSelection } from './page-selection.ts';
import {
  recordFields,
  saveRequest,
  type FormTarget,
  type Kind,
  type SaveRequest,
} from './record-form.ts';
import { serverCalls } from './server-calls.ts';

/** Kept in the page's session: the app was on, so it is on again after the reload a save makes. */
const REMEMBER = `${ANNOTATE_APP}-on`;

const slug = /^\/articles\/([a-z0-9][a-z0-9-]*)\/$/.exec(location.pathname)?.[1];

export default defineToolbarApp({
  init(canvas, app, server) {
    let active = false;
    let info: ArticleInfo | undefined;
    /** Settles once the article's records have come from the server. */
    let loaded: Promise<void> = Promise.resolve();
    const call = serverCalls(server, slug);

    const style = document.createElement('style');
    style.textContent = APP_STYLE;
    const bar = document.createElement('div');
    bar.className = 'bar';
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', 'Annotate the selected words');
    bar.hidden = true;
    const panel = document.createElement('div');
    panel.className = 'panel';
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-label', 'Annotate');
    panel.hidden = true;
    const hint = document.createElement('p');
    hint.className = 'hint';
    hint.hidden = true;
    canvas.append(style, bar, panel, hint);

    const buttons: [Kind, string, string][] = [
      ['claim', 'Mark as claim', 'c'],
      ['event', 'Mark as event', 'e'],
      ['actor', 'Mark as actor mention', 'm'],
    ];
    for (const [kind, label, key] of buttons) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = label;
      button.title = `${label} (Alt+${key.toUpperCase()})`;
      // Keep the page's selection when the button is pressed.
      button.addEventListener('mousedown', (event) => event.preventDefault());
      button.addEventListener('click', () => void startMark(kind));
      bar.append(button);
    }

    const close = () => {
      panel.hidden = true;
      panel.replaceChildren();
    };

    const button = (text: string, onClick?: () => void) => {
      const element = Object.assign(document.createElement('button'), {
        type: onClick ? 'button' : 'submit',
        textContent: text,
      });
      if (onClick) element.addEventListener('click', onClick);
      return element;
    };

    /** A form in the panel: its title, a quote, its message line, then what `fill` adds. */
    const showForm = (
      heading: string,
      quote: string | undefined,
      fill: (form: HTMLFormElement, alert: HTMLElement) => void,
    ) => {
      close();
      bar.hidden = true;
      const form = document.createElement('form');
      const title = Object.assign(document.createElement('h2'), { textContent: heading });
      const alert = document.createElement('p');
      alert.className = 'message';
      alert.setAttribute('role', 'alert');
      form.append(title);
      if (quote !== undefined)
        form.append(Object.assign(document.createElement('blockquote'), { textContent: quote }));
      form.append(alert);
      fill(form, alert);
      form.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.requestSubmit();
      });
      panel.append(form);
      panel.hidden = false;
      form.querySelector<HTMLElement>('input:not([readonly]), select, textarea, button')?.focus();
    };

    /** Save and Cancel (and `more`), and the save `request` asks for on submit. */
    const saving = (
      form: HTMLFormElement,
      alert: HTMLElement,
      request: (data: FormData) => SaveRequest | string,
      more: HTMLElement[] = [],
    ) => {
      const actions = document.createElement('div');
      actions.className = 'actions';
      actions.append(button('Save'), button('Cancel', close), ...more);
      form.append(actions);
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const asked = request(new FormData(form));
        if (typeof asked === 'string') alert.textContent = asked;
        else void submit(alert, asked);
      });
    };

    /** Opens the form on `target`, or only `error` when the words cannot be marked. */
    const openForm = (target: FormTarget, error?: string) => {
      const { kind, id } = target;
      const editing = target.record !== undefined;
      const heading = editing
        ? `Edit ${kind} "${id}"`
        : { claim: 'Mark as claim', event: 'Mark as event', actor: 'Mark as actor mention' }[kind];
      showForm(heading, target.selection?.text, (form, alert) => {
        if (error) {
          alert.textContent = error;
          form.append(button('Close', close));
          return;
        }
        form.append(...recordFields(target, info));
        const remove =
          editing && kind !== 'actor' && id !== undefined
            ? [button('Remove marker', () => void submit(alert, { op: 'remove', kind, id }))]
            : [];
        saving(form, alert, (data) => saveRequest(target, data), remove);
      });
    };

    /** Opens the Article panel: the article's own record and what is left to write. */
    const openArticle = () =>
      void loaded.then(() =>
        showForm('Article', undefined, (form, alert) => {
          if (!info) {
            alert.textContent = 'The article has problems; fix them in the file first.';
            form.append(button('Close', close));
            return;
          }
          const shown = info;
          form.append(...articleFields(shown));
          saving(form, alert, (data) => articleRequest(shown, data));
        }),
      );

    const submit = async (alert: HTMLElement, request: SaveRequest) => {
      alert.textContent = 'Saving…';
      const answer = await call('save', { request });
      if (!answer.ok) {
        alert.textContent = answer.message;
        return;
      }
      alert.textContent = 'Saved.';
      sessionStorage.setItem(REMEMBER, '1');
      location.reload();
    };

    const startMark = async (kind: Kind) => {
      const selection = pageSelection();
      bar.hidden = true;
      if (typeof selection === 'string') return openForm({ kind }, selection);
      if (!selection) return openForm({ kind }, 'Select some words in the article text first.');
      if (kind === 'actor') return openForm({ kind, selection });
      const proposed = await call('propose', { kind, text: selection.text });
      openForm({ kind, selection, id: proposed.ok ? proposed.value : '' });
    };

    const placeBar = () => {
      if (!active || !panel.hidden) return;
      const selection = pageSelection();
      const range = document.getSelection()?.rangeCount
        ? document.getSelection()?.getRangeAt(0)
        : undefined;
      if (!selection || !range) {
        bar.hidden = true;
        return;
      }
      const box = range.getBoundingClientRect();
      bar.style.top = `${Math.max(8, box.top - 44)}px`;
      bar.hidden = false;
      // Kept within the window, however narrow: a bar past its edge would scroll the whole page.
      bar.style.left = `${Math.max(8, Math.min(box.left, window.innerWidth - bar.offsetWidth - 8))}px`;
    };
    document.addEventListener('selectionchange', placeBar);

    // In this mode a click on a claim or an event opens its record instead of following links.
    document.addEventListener(
      'click',
      (event) => {
        if (!active || !document.getSelection()?.isCollapsed) return;
        const target = event.target instanceof Element ? event.target : null;
        const claim = target?.closest<HTMLElement>('.article-body .claim');
        const eventElement = target?.closest<HTMLElement>('.article-body .event');
        const element = eventElement ?? claim;
        if (!element) return;
        event.preventDefault();
        event.stopPropagation();
        const kind = element === eventElement ? 'event' : 'claim';
        const id =
          kind === 'event' ? element.id.replace(/^event-/, '') : (element.dataset['claim'] ?? '');
        // A click made while the records are still on their way waits for them.
        void loaded.then(() => {
          const record = (kind === 'event' ? info?.events : info?.claims)?.[id] ?? {};
          openForm({ kind, id, record });
        });
      },
      true,
    );
    document.addEventListener('keydown', (event) => {
      if (!active) return;
      if (event.key === 'Escape') {
        close();
        bar.hidden = true;
      }
      const shortcut = buttons.find(
        ([, , key]) => event.altKey && event.code === `Key${key.toUpperCase()}`,
      );
      if (shortcut) {
        event.preventDefault();
        void startMark(shortcut[0]);
      }
    });

    app.onToggled(async ({ state }) => {
      active = state;
      sessionStorage.setItem(REMEMBER, state ? '1' : '');
      document.documentElement.toggleAttribute('data-annotating', state);
      if (!state) {
        close();
        bar.hidden = true;
        hint.hidden = true;
        return;
      }
      hint.hidden = false;
      if (!slug || !document.querySelector('.article-body')) {
        hint.textContent = 'Annotate works on article pages: open an article.';
        return;
      }
      hint.textContent =
        'Select words to mark them (Alt+C claim, Alt+E event, Alt+M mention); click a claim or event to edit it. ' +
        'Esc closes. ';
      hint.append(button('Article', openArticle));
      loaded = call('info', {}).then((answer) => {
        if (answer.ok) info = answer.value;
        else hint.textContent = answer.message;
      });
      await loaded;
    });
    if (sessionStorage.getItem(REMEMBER) === '1') app.toggleState({ state: true });
  },
});
