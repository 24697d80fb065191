// <batch-stream-lab scenario="late=0.3" panel="stream" theme="dark">: the lab as a custom element
// for documentation sites (Docusaurus, VitePress, plain HTML). It renders the built lab in a
// sandboxed iframe inside its shadow root, rather than mounting React there: the iframe keeps
// the lab's page-wide styles and its single frame loop to itself, so several elements on one page
// cannot disturb each other or the host, and a strict host CSP needs no exceptions (no <style>
// elements: sizes are set through the CSSOM). It sizes itself from the embed's height messages,
// re-dispatches them as DOM events, and offers play(), pause(), seek(t) and setScenario(query).
// When the lab posts no height within SILENCE_MS on screen, it says why it may be blank.
import { browserScheduler, type Cancel } from '../../../store/scheduler';
import { EMBED_API_VERSION, isEmbedMessage } from '../messages';
import { embedHeight, embedPiece, embedTitle } from '../pieces';
import { elementSrc } from './src';

/**
 * How long the lab may take, once the element is on screen, to post its first height before the
 * element says why it may be blank (the lab's scripts refused for want of a CORS header).
 */
export const SILENCE_MS = 8000;

const SILENCE_TEXT =
  'The lab has not started. Most likely the server hosting it does not send ' +
  '"Access-Control-Allow-Origin: *" with its files; see the README of the Batch vs Stream Lab, ' +
  'section Embedding.';

/**
 * The element's clock. It runs in the host's page, outside React and with no lab store (the lab
 * and its store live in the iframe), so it cannot borrow a store's scheduler; it takes the same
 * browser scheduler a store uses by default, from the store's module, rather than calling
 * setTimeout itself: time in src/app still has one implementation, which the lint rule enforces.
 */
const scheduler = browserScheduler;

/** Where the lab lives by default: this script is built to <lab>/element/batch-stream-lab.js. */
const DEFAULT_BASE = new URL(/* @vite-ignore */ '../', import.meta.url).toString();

export class BatchStreamLabElement extends HTMLElement {
  static observedAttributes = ['scenario', 'panel', 'theme', 'src', 'title'];

  readonly #frame: HTMLIFrameElement;
  /** Shown when the lab stays silent (SILENCE_MS on screen without a height message). */
  readonly #notice: HTMLParagraphElement;
  /** The lab has posted a height since its address was last set. */
  #heard = false;
  #silence: Cancel | null = null;
  // The frame is lazy and Chromium pauses an off-screen cross-origin frame: only time on screen
  // counts towards the silence.
  readonly #visibility = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) this.#listen();
    else this.#stopListening();
  });
  readonly #onMessage = (event: MessageEvent) => {
    if (event.source !== this.#frame.contentWindow || !isEmbedMessage(event.data)) return;
    const data = event.data;
    if (data.type === 'height') {
      this.#frame.style.height = `${data.height}px`;
      this.#heard = true;
      this.#stopListening();
      this.#notice.hidden = true;
    }
    this.dispatchEvent(new CustomEvent(`lab-${data.type}`, { detail: data }));
  };

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    this.#frame = document.createElement('iframe');
    this.#frame.setAttribute('sandbox', 'allow-scripts');
    this.#frame.setAttribute('loading', 'lazy');
    this.#frame.style.display = 'block';
    this.#frame.style.width = '100%';
    this.#frame.style.border = '0';
    this.#notice = document.createElement('p');
    this.#notice.setAttribute('role', 'status');
    this.#notice.hidden = true;
    this.#notice.textContent = SILENCE_TEXT;
    this.#notice.style.margin = '0 0 0.5rem';
    this.#notice.style.padding = '0.5rem 0.75rem';
    this.#notice.style.border = '2px solid currentColor';
    this.#notice.style.borderRadius = '6px';
    root.append(this.#notice, this.#frame);
  }

  connectedCallback() {
    this.style.display = 'block';
    window.addEventListener('message', this.#onMessage);
    this.#visibility.observe(this);
    this.#update();
  }

  disconnectedCallback() {
    window.removeEventListener('message', this.#onMessage);
    this.#visibility.disconnect();
    this.#stopListening();
  }

  attributeChangedCallback() {
    if (this.isConnected) this.#update();
  }

  /** The iframe inside (tests and hosts that need the window). */
  get frame(): HTMLIFrameElement {
    return this.#frame;
  }

  /** The message shown when the lab stays silent (tests read it). */
  get notice(): HTMLParagraphElement {
    return this.#notice;
  }

  /** Starts the silence timer, unless the lab has spoken or the timer runs already. */
  #listen() {
    if (this.#heard || this.#silence !== null) return;
    this.#silence = scheduler.after(SILENCE_MS, () => {
      this.#silence = null;
      this.#notice.hidden = false;
    });
  }

  #stopListening() {
    this.#silence?.();
    this.#silence = null;
  }

  play() {
    this.#post({ type: 'play' });
  }
  pause() {
    this.#post({ type: 'pause' });
  }
  seek(t: number) {
    this.#post({ type: 'seek', t });
  }
  setScenario(query: string) {
    this.#post({ type: 'setScenario', query });
  }

  #onScreen(): boolean {
    const r = this.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight && r.width > 0;
  }

  #post(message: Record<string, unknown>) {
    // '*': the sandboxed lab's origin is opaque, no origin string can name it.
    this.#frame.contentWindow?.postMessage({ ...message, version: EMBED_API_VERSION }, '*');
  }

  #update() {
    const panel = this.getAttribute('panel');
    const piece = embedPiece(panel);
    const src = elementSrc(this.getAttribute('src') ?? DEFAULT_BASE, {
      scenario: this.getAttribute('scenario'),
      panel,
      theme: this.getAttribute('theme'),
    });
    if (this.#frame.src !== src) {
      this.#frame.src = src;
      // A new address: the lab there has yet to speak (the timer restarts while on screen).
      this.#heard = false;
      this.#notice.hidden = true;
      this.#stopListening();
      if (this.#onScreen()) this.#listen();
    }
    this.#frame.title = this.getAttribute('title') ?? embedTitle(piece);
    if (!this.#frame.style.height) this.#frame.style.height = `${embedHeight(piece)}px`;
  }
}

if (!customElements.get('batch-stream-lab'))
  customElements.define('batch-stream-lab', BatchStreamLabElement);

declare global {
  interface HTMLElementTagNameMap {
    'batch-stream-lab': BatchStreamLabElement;
  }
}
