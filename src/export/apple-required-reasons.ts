/**
 * Apple's approved reasons for the required-reason API categories of PrivacyInfo.xcprivacy
 * (developer.apple.com/documentation/bundleresources/describing-use-of-required-reason-api). An app declares
 * each category its own native code uses with at least one of these codes; any other string fails the upload
 * (ITMS-91053). Codes marked for third-party SDKs only are listed too: an SDK author may export its manifest.
 */
export const REQUIRED_REASON_CATEGORIES = {
  FileTimestamp: ['DDA9.1', 'C617.1', '3B52.1', '0A2A.1'],
  SystemBootTime: ['35F9.1', '8FFB.1', '3D61.1'],
  DiskSpace: ['85F4.1', 'E174.1', '7D9E.1', 'B728.1'],
  ActiveKeyboards: ['3EC4.1', '54BD.1'],
  UserDefaults: ['CA92.1', '1C8F.1', 'C56D.1', 'AC6B.1'],
} as const satisfies Record<string, readonly string[]>;

export type RequiredReasonCategory = keyof typeof REQUIRED_REASON_CATEGORIES;

export const isRequiredReasonCategory = (value: unknown): value is RequiredReasonCategory =>
  typeof value === 'string' && Object.hasOwn(REQUIRED_REASON_CATEGORIES, value);

export const getApprovedReasons = (category: RequiredReasonCategory): readonly string[] => REQUIRED_REASON_CATEGORIES[category];
