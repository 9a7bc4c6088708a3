// Progress of long batch work on stderr. On a terminal a bar redraws in place (at most ten times
// a second); in a log or a pipe, where carriage returns would make a mess, one line per 10 %.

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface Progress {
  update(done: number): void;
  finish(): void;
}

const BAR = 30;

export function createProgress(
  total: number,
  stream: ProgressStream,
  label: string,
  now: () => number = () => performance.now(),
): Progress {
  const started = now();
  let lastDraw = -Infinity;
  let lastTenth = 0;
  const rate = (done: number) => {
    const seconds = (now() - started) / 1000;
    return seconds > 0 ? done / seconds : 0;
  };
  if (stream.isTTY) {
    let drawn = -1;
    const draw = (done: number) => {
      drawn = done;
      const filled = total > 0 ? Math.round((BAR * done) / total) : BAR;
      const pct = total > 0 ? Math.floor((100 * done) / total) : 100;
      stream.write(
        `\r${label} [${'#'.repeat(filled)}${'.'.repeat(BAR - filled)}] ${String(pct).padStart(3)}% ${done}/${total}  ${rate(done).toFixed(0)}/s`,
      );
    };
    return {
      update(done) {
        if (now() - lastDraw < 100 && done < total) return;
        lastDraw = now();
        draw(done);
      },
      finish() {
        if (drawn !== total) draw(total);
        stream.write('\n');
      },
    };
  }
  return {
    update(done) {
      const tenth = total > 0 ? Math.floor((10 * done) / total) : 10;
      if (tenth <= lastTenth) return;
      lastTenth = tenth;
      stream.write(`${label}: ${tenth * 10}% (${done}/${total}, ${rate(done).toFixed(0)}/s)\n`);
    },
    finish() {
      if (lastTenth < 10) this.update(total);
    },
  };
}
