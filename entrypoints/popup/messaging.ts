import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PopupProtocol } from '../../lib/protocol';

export const { sendMessage } = defineExtensionMessaging<PopupProtocol>();
