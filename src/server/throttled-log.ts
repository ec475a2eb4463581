/**
 * A log line anyone on the internet can cause (a webhook request without the secret), written at
 * most once per interval: a flood of them must not flood the logs or the disk. Each line written
 * says how many were left out since the last one.
 */
export function throttledLog(intervalMs: number, now: () => number = Date.now): (write: (leftOut: number) => void) => void {
  let lastWritten = -Infinity;
  let leftOut = 0;
  return (write) => {
    const at = now();
    if (at - lastWritten < intervalMs) {
      leftOut += 1;
      return;
    }
    lastWritten = at;
    write(leftOut);
    leftOut = 0;
  };
}
