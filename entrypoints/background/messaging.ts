import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from '../../lib/protocol';

export const { onMessage, sendMessage } = defineExtensionMessaging<ProtocolMap>();
