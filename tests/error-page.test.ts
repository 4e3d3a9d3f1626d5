import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import ErrorPage from '@/app/[locale]/error';
import { ErrorMessagesProvider } from '@/components/layout/ErrorMessages';
import { locales } from '@/i18n/locales';
import { messagesFor } from '@/i18n/messages';

/** The texts of rendered markup, entities decoded, one per element. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '\n')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .split('\n');

const render = (children: ReturnType<typeof createElement>) => renderToStaticMarkup(children);
const page = () => createElement(ErrorPage, { error: new Error('boom'), reset: () => {} });

for (const locale of locales) {
  test(`the error page speaks ${locale}, from the strings the layout hands it`, () => {
    const messages = messagesFor(locale).error;
    const texts = text(render(createElement(ErrorMessagesProvider, { messages }, page())));
    for (const key of ['heading', 'body', 'retry', 'home'] as const) assert.ok(texts.includes(messages[key]), `error.${key} (${messages[key]}) is shown`);
  });
}

test('the error page without its strings says where they come from', () => {
  assert.throws(() => render(page()), /ErrorMessagesProvider/);
});
