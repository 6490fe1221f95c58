module.exports = require('@polisee/jest-presets').preset({ roots: ['<rootDir>/src'] });
