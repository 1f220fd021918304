// The example page's own script (an external file, as the policy requires): records every
// Content-Security-Policy violation and says on the page whether there was any.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(`${event.effectiveDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile || 'page'}:${event.lineNumber})`);
  console.error('CSP violation', event.effectiveDirective, event.blockedURI, event.sourceFile, event.lineNumber);
  report();
});
function report() {
  const status = document.getElementById('csp-status');
  if (!status) return;
  status.textContent = window.cspViolations.length
    ? `Content-Security-Policy violations: ${window.cspViolations.join('; ')}`
    : 'No Content-Security-Policy violation so far.';
}
window.addEventListener('load', () => setTimeout(report, 500));
