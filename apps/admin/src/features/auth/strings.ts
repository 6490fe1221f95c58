export const authStrings = {
  brand: 'PoliSEE · Admin console',
  signInTitle: 'Sign in',
  signInIntro: 'For lead-partner and partner staff of the S3 Cluster Policy Learning Platform.',
  email: 'Email',
  password: 'Password',
  signIn: 'Sign in',
  signingIn: 'Signing in…',
  emailRequired: 'Enter your email address.',
  passwordRequired: 'Enter your password.',
  signInFailed: 'Sign-in failed',
  tooManyAttempts: (seconds: number | undefined) =>
    seconds === undefined
      ? 'Too many attempts. Wait a moment and try again.'
      : `Too many attempts. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
  acceptTitle: 'Set your password',
  acceptIntro: 'Choose a password to finish setting up your account. Use at least 12 characters.',
  newPassword: 'New password',
  repeatPassword: 'Repeat the password',
  passwordTooShort: 'Use at least 12 characters.',
  passwordsDiffer: 'The two passwords differ.',
  setPassword: 'Set password and sign in',
  settingPassword: 'Saving…',
  missingToken: 'This invitation link has no token. Open the full link from your invitation.',
  acceptFailed: 'The invitation could not be accepted',
  passwordMinLength: 12,
};
