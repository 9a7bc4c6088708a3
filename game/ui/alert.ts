// One live alert region for the whole UI (load failures, save confirmations).

let region: HTMLElement | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

export function mountAlert(parent: HTMLElement): void {
  region = document.createElement('div');
  region.id = 'ui-alert';
  region.className = 'alert';
  region.setAttribute('role', 'alert');
  parent.appendChild(region);
}

export function showAlert(message: string, kind: 'error' | 'info' = 'error'): void {
  if (!region) return;
  region.textContent = message;
  region.dataset.kind = kind;
  region.classList.add('visible');
  clearTimeout(timer);
  timer = setTimeout(() => region?.classList.remove('visible'), kind === 'error' ? 12000 : 4000);
}

export function clearAlert(): void {
  if (!region) return;
  region.textContent = '';
  region.classList.remove('visible');
}
