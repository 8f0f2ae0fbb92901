/** Fires a custom event that bubbles out of the shadow root, as every `mt-*` event does. */
export function emit<T>(target: EventTarget, name: string, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
}
