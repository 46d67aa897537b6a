/**
 * Whether an error means a part of the app could not be downloaded (a lazy view, a component
 * loaded later, a message area, a stylesheet Vite preloads), as opposed to a bug. The browsers
 * word it differently and give no code, so the messages are matched:
 * - Chromium: "Failed to fetch dynamically imported module: <url>";
 * - Firefox: "error loading dynamically imported module: <url>";
 * - Safari: "Importing a module script failed.";
 * - Vite's preload helper: "Unable to preload CSS for <url>";
 * - a script that fails to evaluate as a module: "Failed to load module script".
 */
const LOAD_FAILURE =
  /failed to fetch dynamically imported module|error loading dynamically imported module|importing a module script failed|unable to preload css|failed to load module script/i

export function isLoadFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  return error.name === 'ChunkLoadError' || LOAD_FAILURE.test(error.message)
}
