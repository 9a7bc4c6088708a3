// Whether the briefing dialog (#briefing, opened by briefing.ts at a game's first quarter) is
// open, followed through its attribute, so the guide waits until it is closed.

import { useEffect, useState } from 'preact/hooks';

const isOpen = (): boolean =>
  (document.getElementById('briefing') as HTMLDialogElement | null)?.open ?? false;

export function useBriefingOpen(): boolean {
  const [open, setOpen] = useState(isOpen);
  useEffect(() => {
    const dialog = document.getElementById('briefing');
    if (!dialog) return;
    const watch = new MutationObserver(() => setOpen(isOpen()));
    watch.observe(dialog, { attributes: true, attributeFilter: ['open'] });
    setOpen(isOpen());
    return () => watch.disconnect();
  }, []);
  return open;
}
