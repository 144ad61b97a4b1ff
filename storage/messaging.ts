// Typed senders for core/messages.ts. storage/ is the layer of services that
// reach browser APIs (the database, and the background that owns it).
import browser from 'webextension-polyfill';
import type { ContentMessage, ContentResponseMap, RequestOf, ResponseMap, Request } from '../core/messages';

export async function sendRequest<T extends Request['type']>(request: RequestOf<T>): Promise<ResponseMap[T]> {
  return (await browser.runtime.sendMessage(request)) as ResponseMap[T];
}

export async function sendToTab<T extends ContentMessage['type']>(
  tabId: number,
  message: Extract<ContentMessage, { type: T }>,
): Promise<ContentResponseMap[T] | undefined> {
  try {
    // frameId 0: only the top frame's content script speaks for the tab.
    return (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as ContentResponseMap[T];
  } catch {
    return undefined; // no content script there (browser pages, PDF viewer, not yet loaded)
  }
}
