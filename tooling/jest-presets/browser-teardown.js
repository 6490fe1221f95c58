module.exports = require('./browser.js').globalTeardown;
