/** The floor does nothing at start (Octet's instrumentation checks its configuration). */
export function register() {}
