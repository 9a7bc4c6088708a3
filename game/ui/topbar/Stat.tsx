// One figure of the top bar: a term and its definition in the stats <dl>, the value labelled
// by its term for screen readers.

import type { ComponentChildren } from 'preact';

export function Stat(props: {
  id: string;
  label: ComponentChildren;
  value: ComponentChildren;
  class?: string;
}) {
  return (
    <div class={props.class ? `stat ${props.class}` : 'stat'}>
      <dt id={props.id}>{props.label}</dt>
      <dd aria-labelledby={props.id}>{props.value}</dd>
    </div>
  );
}
