import { z } from 'zod';
import { optional, rate } from '../../config-fields.ts';
import type { PlatformDescriptor } from '../descriptor.ts';
import type { PlatformAdapter } from '../platform.ts';
import { DINGTALK, TEXT_LIMIT } from './inbound.ts';

/** The variables it reads (.env.example documents each). */
const DINGTALK_CONFIG = {
  /** The app's AppKey (Client ID) and AppSecret (Client Secret), from 开发者后台 → 凭证与基础信息. */
  DINGTALK_CLIENT_ID: optional,
  DINGTALK_CLIENT_SECRET: optional,
  /** The robot the bot speaks as (机器人 → RobotCode); messages to any other robot are ignored. */
  DINGTALK_ROBOT_CODE: optional,
  /** Where the Open API and the Stream gateway are (a proxy, or a fake one in tests). */
  DINGTALK_API_URL: z.url({ protocol: /^https?$/ }).default('https://api.dingtalk.com'),
  /** Where the older API is, which images and files are uploaded to (a proxy, or the fake). */
  DINGTALK_OAPI_URL: z.url({ protocol: /^https?$/ }).default('https://oapi.dingtalk.com'),
  DINGTALK_RATE_PER_SECOND: rate(20),
  DINGTALK_GROUP_PER_MINUTE: rate(20),
};

/**
 * DingTalk (钉钉) through its Stream Mode SDK: no public URL. The robot send API allows an app
 * about 20 calls per second, and a robot 20 messages per minute into one group; the API has no
 * idempotency key, so a send interrupted mid-call is reported as unknown.
 */
export const dingtalkPlatform: PlatformDescriptor<typeof DINGTALK_CONFIG> = {
  name: DINGTALK,
  config: DINGTALK_CONFIG,
  checkConfig(env, issue) {
    const set = [env.DINGTALK_CLIENT_ID, env.DINGTALK_CLIENT_SECRET, env.DINGTALK_ROBOT_CODE].filter(Boolean).length;
    if (set > 0 && set < 3) {
      issue('DINGTALK_ROBOT_CODE', 'DINGTALK_CLIENT_ID, DINGTALK_CLIENT_SECRET and DINGTALK_ROBOT_CODE must be set together');
    }
  },
  enabled: (env) => Boolean(env.DINGTALK_CLIENT_ID && env.DINGTALK_CLIENT_SECRET && env.DINGTALK_ROBOT_CODE),
  rate: { perSecond: 20, chatPerSecond: 1, groupPerMinute: 20, idempotencyWindowMs: 0 },
  configuredRate: (env) => ({ perSecond: env.DINGTALK_RATE_PER_SECOND, groupPerMinute: env.DINGTALK_GROUP_PER_MINUTE }),
  textLimit: TEXT_LIMIT,
  async create(app): Promise<PlatformAdapter> {
    const { createDingTalkAdapter } = await import('./index.ts');
    return createDingTalkAdapter(app);
  },
};
