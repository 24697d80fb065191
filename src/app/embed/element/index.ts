// <batch-stream-lab scenario="late=0.3" panel="stream" theme="dark">: the lab as a custom element
// for documentation sites (Docusaurus, VitePress, plain HTML). It renders the built lab in a
// sandboxed iframe inside its shadow root, rather than mounting React there: the iframe keeps
// the lab's page-wide styles and its single frame loop to itself, so several elements on one page
// cannot disturb each other or the host, and a strict host CSP needs no exceptions (no <style>
// elements: sizes are set through the CSSOM). It sizes itself from the embed's height messages,
// re-dispatches them as DOM events, and offers play(), pause(), seek(t) and setScenario(query).
import { EMBED_API_VERSION, EMBED_SOURCE, type EmbedMessage } from '../messages';
import { embedHeight, embedPiece, embedTitle } from '../pieces';
import { elementSrc } from './src';

/** Where the lab lives by default: this script is built to <lab>/element/batch-stream-lab.js. */
const DEFAULT_BASE = new URL(/* @vite-ignore */ '../', import.meta.url).toString();

const isEmbedMessage = (data: unknown): data is EmbedMessage =>
  typeof data === 'object' &&
  data !== null &&
  (data as { source?: unknown }).source === EMBED_SOURCE &&
  (data as { version?: unknown }).version === EMBED_API_VERSION;

export class BatchStreamLabElement extends HTMLElement {
  static observedAttributes = ['scenario', 'panel', 'theme', 'src', 'title'];

  readonly #frame: HTMLIFrameElement;
  readonly #onMessage = (event: MessageEvent) => {
    if (event.source !== this.#frame.contentWindow || !isEmbedMessage(event.data)) return;
    const data = event.data;
    if (data.type === 'height') this.#frame.style.height = `${data.height}px`;
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
    root.append(this.#frame);
  }

  connectedCallback() {
    this.style.display = 'block';
    window.addEventListener('message', this.#onMessage);
    this.#update();
  }

  disconnectedCallback() {
    window.removeEventListener('message', this.#onMessage);
  }

  attributeChangedCallback() {
    if (this.isConnected) this.#update();
  }

  /** The iframe inside (tests and hosts that need the window). */
  get frame(): HTMLIFrameElement {
    return this.#frame;
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
    if (this.#frame.src !== src) this.#frame.src = src;
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
