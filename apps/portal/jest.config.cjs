// Browser tests in real Chromium against the real API serving the built app (see
// tooling/jest-presets/browser.js for the harness that starts it on a fresh database).
module.exports = require('@polisee/jest-presets/browser').browserPreset();
