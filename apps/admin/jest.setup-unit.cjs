// jsdom lacks the encoders react-router needs; Node's are the same API.
const { TextEncoder, TextDecoder } = require('node:util');
Object.assign(globalThis, { TextEncoder, TextDecoder });

// Components and the API-error helpers translate through Lingui's global i18n: English, from the
// source messages the macro leaves in development builds.
const { i18n } = require('@lingui/core');
i18n.loadAndActivate({ locale: 'en', messages: {} });
