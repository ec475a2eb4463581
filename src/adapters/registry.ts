import type { Config } from '../config.ts';
import { consolePlatform } from './console/descriptor.ts';
import type { PlatformDescriptor } from './descriptor.ts';
import { dingtalkPlatform } from './dingtalk/descriptor.ts';
import { larkPlatform } from './lark/descriptor.ts';
import { telegramPlatform } from './telegram/descriptor.ts';

/** Every platform the bot speaks: a new one is a folder of its own and one line here. */
export const PLATFORMS = [telegramPlatform, larkPlatform, dingtalkPlatform, consolePlatform] as const;

/**
 * The descriptors with their variables' types forgotten: what code reading any platform sees.
 * @alias of PLATFORMS, on purpose: the two differ in type only.
 */
export const DESCRIPTORS: readonly PlatformDescriptor[] = PLATFORMS;

export function platformNamed(name: string): PlatformDescriptor | undefined {
  return DESCRIPTORS.find((d) => d.name === name);
}

/** The platforms the configuration turns on, in the registry's order. */
export function enabledPlatforms(config: Config): PlatformDescriptor[] {
  return DESCRIPTORS.filter((d) => d.enabled(config));
}
