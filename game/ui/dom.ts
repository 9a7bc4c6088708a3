// A tiny element builder: h('button', {class: 'primary', onclick}, 'Start'). Text children are
// set as text nodes, never as HTML, so scenario and save texts cannot inject markup.

type Child = Node | string | number | null | undefined | false;
type Children = Child | Children[];
type Attrs = Record<string, unknown>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Children[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value as EventListener);
    } else if (key === 'class') {
      el.className = String(value);
    } else if (key === 'value' && 'value' in el) {
      (el as HTMLInputElement).value = String(value);
    } else if (key === 'checked' || key === 'disabled' || key === 'selected') {
      (el as unknown as Record<string, boolean>)[key] = Boolean(value);
    } else if (value === true) {
      el.setAttribute(key, '');
    } else {
      el.setAttribute(key, String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el: HTMLElement, children: Children[]): void {
  for (const child of children) {
    if (Array.isArray(child)) append(el, child);
    else if (child === null || child === undefined || child === false) continue;
    else if (typeof child === 'string' || typeof child === 'number')
      el.appendChild(document.createTextNode(String(child)));
    else el.appendChild(child);
  }
}

/** Replaces an element's children, keeping keyboard focus on the element with the same id. */
export function replaceChildren(root: HTMLElement, ...children: Children[]): void {
  const active = document.activeElement;
  const focusId = active instanceof HTMLElement && root.contains(active) ? active.id : '';
  root.replaceChildren();
  append(root, children);
  if (focusId) {
    const again = document.getElementById(focusId);
    if (again && root.contains(again)) again.focus();
  }
}

let counter = 0;
/** A fresh id for aria-describedby links. */
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
