import { IconDefinition } from '@ant-design/icons-angular';
import {
  ApartmentOutline, ArrowLeftOutline, BankOutline, CaretDownOutline, CheckCircleFill, CheckCircleOutline, CloseCircleFill,
  CloseCircleOutline, CloseOutline, ClusterOutline, DashboardOutline, DownOutline, EditOutline, ExclamationCircleFill,
  ExclamationCircleOutline, EyeInvisibleOutline, EyeOutline, FileOutline, GlobalOutline, HomeOutline, IdcardOutline, InfoCircleFill,
  InfoCircleOutline, LeftOutline, LoadingOutline, LockOutline, LogoutOutline, MenuFoldOutline, MenuUnfoldOutline,
  MinusSquareOutline, PlusSquareOutline, RightOutline, SearchOutline, TableOutline, TeamOutline, UnorderedListOutline,
  UpOutline, UserOutline, UsergroupAddOutline, WarningFill, WarningOutline,
} from '@ant-design/icons-angular/icons';
import {
  AuditOutline, CalendarOutline, CheckOutline, ClockCircleOutline, DeleteOutline, DoubleLeftOutline, DoubleRightOutline,
  EllipsisOutline, MinusCircleOutline, PlusOutline, ProfileOutline, ScheduleOutline, SwapRightOutline,
} from '@ant-design/icons-angular/icons';
// Scoring, my assessment, notifications (menu and header bell).
import { BellOutline, FormOutline, LineChartOutline } from '@ant-design/icons-angular/icons';

/** Assessment workspaces (templates, cycles, appeals) and the date picker, steps and tabs they use. */
const ASSESSMENT_ICONS: IconDefinition[] = [
  AuditOutline, CalendarOutline, CheckOutline, ClockCircleOutline, DeleteOutline, DoubleLeftOutline, DoubleRightOutline,
  EllipsisOutline, MinusCircleOutline, PlusOutline, ProfileOutline, ScheduleOutline, SwapRightOutline,
];

/** Icons bundled statically (no icon downloads at run time); ng-zorro's own components use some of them. */
export const ICONS: IconDefinition[] = [
  ApartmentOutline, ArrowLeftOutline, BankOutline, CaretDownOutline, CheckCircleFill, CheckCircleOutline, CloseCircleFill,
  CloseCircleOutline, CloseOutline, ClusterOutline, DashboardOutline, DownOutline, EditOutline, ExclamationCircleFill,
  ExclamationCircleOutline, EyeInvisibleOutline, EyeOutline, FileOutline, GlobalOutline, HomeOutline, IdcardOutline, InfoCircleFill,
  InfoCircleOutline, LeftOutline, LoadingOutline, LockOutline, LogoutOutline, MenuFoldOutline, MenuUnfoldOutline,
  MinusSquareOutline, PlusSquareOutline, RightOutline, SearchOutline, TableOutline, TeamOutline, UnorderedListOutline,
  UpOutline, UserOutline, UsergroupAddOutline, WarningFill, WarningOutline,
  ...ASSESSMENT_ICONS,
  BellOutline, FormOutline, LineChartOutline,
];
