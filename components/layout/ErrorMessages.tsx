'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { Messages } from '@/i18n/messages';

type ErrorMessages = Messages['error'];

const Context = createContext<ErrorMessages | null>(null);

/**
 * Hands the error page (`app/[locale]/error.tsx`, a client component because error
 * boundaries are) its plain strings. The only strings the browser needs: next-intl's own
 * client provider would bring its message formatter (about 10 KB compressed) to every page
 * for these few strings.
 */
export function ErrorMessagesProvider({ messages, children }: { messages: ErrorMessages; children?: ReactNode }) {
  return <Context value={messages}>{children}</Context>;
}

export function useErrorMessages(): ErrorMessages {
  const messages = useContext(Context);
  if (!messages) throw new Error('useErrorMessages needs an ErrorMessagesProvider above it (app/[locale]/layout.tsx)');
  return messages;
}
