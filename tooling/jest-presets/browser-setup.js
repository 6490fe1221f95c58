module.exports = require('./browser.js').globalSetup;
