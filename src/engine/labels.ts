// Chinese words for the engine's codes, shared by the checker, the CLI and the pages.
import type { IdentityMethod, SmsRecipient, StepStatus } from './types';

export const STATUS_LABEL: Record<StepStatus, string> = {
  required: '需要',
  'not-required': '不需要',
  conditional: '视情况',
  optional: '可选',
  unknown: '未知',
};

/** A text symbol per status, so colour is never the only signal. */
export const STATUS_MARK: Record<StepStatus, string> = {
  required: '✔',
  'not-required': '—',
  conditional: '◐',
  optional: '○',
  unknown: '?',
};

export const METHOD_LABEL: Record<IdentityMethod, string> = {
  'curtain-photo': '幕布拍照核验',
  'shanghai-app': '上海通信管理局 App 核验',
  'aliyun-app-face': '阿里云 App 人脸核验',
  choice: '阿里云 App 人脸核验或幕布拍照（任选）',
  unknown: '未知',
};

export const RECIPIENT_LABEL: Record<SmsRecipient, string> = {
  'website-principal': '网站负责人（联系方式1 手机）',
  'entity-principal': '主体负责人（联系方式1 手机）',
};

export const PRE_APPROVAL_STATUS_LABEL = {
  required: '需要前置审批',
  conditional: '说法不一，需向管局确认',
  'not-required': '已取消，不需要',
  unknown: '未知',
} as const;
