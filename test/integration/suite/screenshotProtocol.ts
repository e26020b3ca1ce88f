import path from 'node:path';

/**
 * The extension host cannot capture the workbench; the launcher can. A suite asks for a screenshot
 * by logging this marker, a name and optionally a CSS selector the launcher waits to see first,
 * then waits for the launcher's done-marker file.
 */
export const SCREENSHOT_REQUEST = '__ASG_SCREENSHOT__ ';

export function screenshotDoneMarker(dir: string, name: string): string {
  return path.join(dir, `${name}.done`);
}

/**
 * A suite asks whether the workbench shows something (a Playwright selector, e.g. a notification's
 * text) by logging this marker, a name and the selector; the launcher writes "visible" or "absent"
 * to the probe's marker file once it sees it or gives up.
 */
export const UI_PROBE_REQUEST = '__ASG_UI_PROBE__ ';

export function uiProbeMarker(dir: string, name: string): string {
  return path.join(dir, `${name}.probe`);
}
