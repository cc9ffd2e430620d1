import type { UserAccountEntity } from './entities/user-account.entity';

/** E-mails in the person's language, plain text first (readable everywhere). */
export function resetPasswordMail(user: Pick<UserAccountEntity, 'displayName' | 'locale'>, link: string, minutes: number) {
  if (user.locale === 'en') {
    return {
      subject: 'Culture D — choose a new password',
      text: `Hello ${user.displayName},\n\nSomeone (we hope you) asked to reset your Culture D password. To choose a new one, open this link within ${minutes} minutes:\n\n${link}\n\nThe link works once. If you did not ask for it, ignore this message: your password stays as it is.\n\n— Culture D`,
    };
  }
  return {
    subject: 'Culture D — choisir un nouveau mot de passe',
    text: `Bonjour ${user.displayName},\n\nQuelqu’un (vous, nous l’espérons) a demandé à réinitialiser votre mot de passe Culture D. Pour en choisir un nouveau, ouvrez ce lien dans les ${minutes} minutes :\n\n${link}\n\nLe lien ne fonctionne qu’une fois. Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe ne change pas.\n\n— Culture D`,
  };
}

export function retentionWarningMail(user: Pick<UserAccountEntity, 'displayName' | 'locale'>, signInUrl: string, days: number) {
  if (user.locale === 'en') {
    return {
      subject: 'Culture D — your account will be deleted in 30 days',
      text: `Hello ${user.displayName},\n\nYou have not used your Culture D account for almost three years. As we promised, we keep personal data only while it is useful: your account and your progress will be deleted in ${days} days.\n\nTo keep them, simply sign in before then:\n\n${signInUrl}\n\n— Culture D`,
    };
  }
  return {
    subject: 'Culture D — votre compte sera supprimé dans 30 jours',
    text: `Bonjour ${user.displayName},\n\nVous n’avez pas utilisé votre compte Culture D depuis bientôt trois ans. Comme annoncé, nous ne gardons les données personnelles que tant qu’elles servent : votre compte et votre progression seront supprimés dans ${days} jours.\n\nPour les garder, il suffit de vous connecter d’ici là :\n\n${signInUrl}\n\n— Culture D`,
  };
}

export function existingAccountMail(user: Pick<UserAccountEntity, 'displayName' | 'locale'>, signInUrl: string, resetUrl: string) {
  if (user.locale === 'en') {
    return {
      subject: 'Culture D — you already have an account',
      text: `Hello ${user.displayName},\n\nSomeone (you, probably) tried to create a Culture D account with this address, which already has one. No new account was created.\n\nTo sign in: ${signInUrl}\nForgotten password: ${resetUrl}\n\nIf it was not you, you can ignore this message.\n\n— Culture D`,
    };
  }
  return {
    subject: 'Culture D — vous avez déjà un compte',
    text: `Bonjour ${user.displayName},\n\nQuelqu’un (vous, sans doute) a essayé de créer un compte Culture D avec cette adresse, qui en a déjà un. Aucun nouveau compte n’a été créé.\n\nPour vous connecter : ${signInUrl}\nMot de passe oublié : ${resetUrl}\n\nSi ce n’était pas vous, vous pouvez ignorer ce message.\n\n— Culture D`,
  };
}
