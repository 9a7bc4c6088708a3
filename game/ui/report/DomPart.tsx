// A bridge for report pieces still built as plain DOM (the events and the finance section):
// the piece is rebuilt into this component's element each time the component renders (its
// parent renders only when what it selects from the stores changed), keyboard focus stays
// on the element with the same id, and the charts it made live and die with the component,
// never in a module-level bag.

import { useLayoutEffect, useRef } from 'preact/hooks';
import { ChartBag } from '../charts.ts';

export function DomPart(props: { build: (bag: ChartBag) => Node }) {
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = host.current!;
    const active = document.activeElement;
    const focusId = active instanceof HTMLElement && el.contains(active) ? active.id : '';
    const bag = new ChartBag();
    el.replaceChildren(props.build(bag));
    if (focusId) document.getElementById(focusId)?.focus();
    return () => bag.destroyAll();
  });
  return <div class="dom-part" ref={host} />;
}
