import type { SwiftContainer } from './state.js';
import { swiftError } from './swift-http.js';

/**
 * NHN's object upload policies (nhn-object-storage §3.3): comma-separated, URL-encoded
 * rules on the object's base name, each kind answering a violation with its own 409 sentence.
 */
const POLICIES = [
  {
    header: 'x-container-object-allow-extension-policy',
    allows: (name: string, rules: string[]) => rules.includes(extension(name)),
    message: 'Only the objects with the following extensions can be uploaded',
  },
  {
    header: 'x-container-object-allow-keyword-policy',
    allows: (name: string, rules: string[]) => rules.some((k) => name.includes(k)),
    message: 'The object name must contain the following keywords',
  },
  {
    header: 'x-container-object-deny-extension-policy',
    allows: (name: string, rules: string[]) => !rules.includes(extension(name)),
    message: 'The objects with the following extensions cannot be uploaded',
  },
  {
    header: 'x-container-object-deny-keyword-policy',
    allows: (name: string, rules: string[]) => !rules.some((k) => name.includes(k)),
    message: 'The object name must not contain the following keywords',
  },
] as const;

/** The settings headers that hold upload policies. */
export const UPLOAD_POLICY_HEADERS: readonly string[] = POLICIES.map((p) => p.header);

function extension(baseName: string): string {
  const dot = baseName.lastIndexOf('.');
  return dot < 0 ? '' : baseName.slice(dot + 1);
}

function rulesOf(value: string): string[] {
  return value
    .split(',')
    .map((rule) => decodeURIComponent(rule.trim()))
    .filter(Boolean);
}

/**
 * Refuses policy settings NHN does not accept: allow and deny lists together, or a rule
 * that is not valid percent-encoding.
 */
export function checkUploadPolicySettings(settings: ReadonlyMap<string, string>): void {
  const has = (kind: string) => [...settings.keys()].some((h) => h.startsWith(`x-container-object-${kind}-`));
  // [guess] NHN only says "the failure response is returned"; Swift's generic 400 is used.
  if (has('allow') && has('deny')) throw swiftError(400);
  for (const policy of POLICIES) {
    const value = settings.get(policy.header);
    try {
      if (value) rulesOf(value);
    } catch {
      throw swiftError(400);
    }
  }
}

/** Throws NHN's 409 one-liner when `objectName` breaks one of the container's upload policies. */
export function enforceUploadPolicy(container: SwiftContainer, objectName: string): void {
  // Policies apply to the object name without its path.
  const baseName = objectName.slice(objectName.lastIndexOf('/') + 1);
  for (const policy of POLICIES) {
    const value = container.settings.get(policy.header);
    if (!value) continue;
    const rules = rulesOf(value);
    if (!policy.allows(baseName, rules)) throw swiftError(409, `${policy.message}: ${rules.join(', ')}`);
  }
}
