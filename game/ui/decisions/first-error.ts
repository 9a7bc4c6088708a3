// Where a refused End quarter sends the player: the first control marked invalid in the panel,
// or else the first error message (dilemma and general errors have no single control).

export function focusFirstError(panel: ParentNode = document): boolean {
  const root = panel === document ? document.getElementById('decisions') : panel;
  const target =
    root?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
    root?.querySelector<HTMLElement>('.field-error') ??
    null;
  if (!target) return false;
  if (!target.matches('input, select, textarea, button')) target.tabIndex = -1;
  target.focus();
  target.scrollIntoView({ block: 'nearest' });
  return true;
}
