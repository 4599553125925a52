import { HttpContextToken } from '@angular/common/http';

/** Set on a request whose errors the caller shows itself (login form, start-up profile). */
export const SILENT_ERRORS = new HttpContextToken<boolean>(() => false);
