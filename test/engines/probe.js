// Collects what would reach a console in the page: uncaught errors, unhandled promise rejections,
// console.error calls and CSP/Trusted Types violations, in `window.__probe`. Injected by the
// driver (WebKitWebDriver has no console channel) and loaded first by layouts.html itself.
(() => {
  if (window.__probe) return;
  const probe = { since: document.readyState, errors: [], rejections: [], consoleErrors: [], violations: [] };
  window.__probe = probe;
  const text = (value) => {
    try {
      return value instanceof Error ? `${value.name}: ${value.message}` : String(value);
    } catch {
      return '(unprintable)';
    }
  };
  window.addEventListener('error', (event) => {
    // Only uncaught exceptions (ErrorEvent), not failed <img>/<script> loads.
    if (event instanceof ErrorEvent) probe.errors.push(`${event.message} (${event.filename}:${event.lineno})`);
  });
  window.addEventListener('unhandledrejection', (event) => probe.rejections.push(text(event.reason)));
  document.addEventListener('securitypolicyviolation', (event) =>
    probe.violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
  );
  const consoleError = console.error;
  console.error = function (...args) {
    probe.consoleErrors.push(args.map(text).join(' '));
    return consoleError.apply(this, args);
  };
})();
