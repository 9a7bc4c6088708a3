// Whether the briefing dialog (#briefing, opened by briefing/Briefing.tsx at a game's first
// quarter) is open: now (for the shortcuts), or followed through its attribute (for the guide,
// which waits until it is closed).

import { useEffect, useState } from 'preact/hooks';

export const briefingOpen = (): boolean =>
  (document.getElementById('briefing') as HTMLDialogElement | null)?.open ?? false;

export function useBriefingOpen(): boolean {
  const [open, setOpen] = useState(briefingOpen);
  useEffect(() => {
    const dialog = document.getElementById('briefing');
    if (!dialog) return;
    const watch = new MutationObserver(() => setOpen(briefingOpen()));
    watch.observe(dialog, { attributes: true, attributeFilter: ['open'] });
    setOpen(briefingOpen());
    return () => watch.disconnect();
  }, []);
  return open;
}
