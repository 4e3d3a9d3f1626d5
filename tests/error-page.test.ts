import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import ErrorPage from '@/app/[locale]/error';
import { ErrorMessagesProvider } from '@/components/layout/ErrorMessages';
import { locales } from '@/i18n/locales';
import { messagesFor } from '@/i18n/messages';

/** A string as React writes it as the whole text of an element. */
const asText = (s: string) => `>${renderToStaticMarkup(createElement(Fragment, null, s))}<`;
const page = () => createElement(ErrorPage, { error: new Error('boom'), reset: () => {} });

for (const locale of locales) {
  test(`the error page speaks ${locale}, from the strings the layout hands it`, () => {
    const messages = messagesFor(locale).error;
    const html = renderToStaticMarkup(createElement(ErrorMessagesProvider, { messages }, page()));
    for (const key of ['heading', 'body', 'retry', 'home'] as const) assert.ok(html.includes(asText(messages[key])), `error.${key} (${messages[key]}) is shown`);
  });
}

test('the error page without its strings says where they come from', () => {
  assert.throws(() => renderToStaticMarkup(page()), /ErrorMessagesProvider/);
});
