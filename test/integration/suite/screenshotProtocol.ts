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
