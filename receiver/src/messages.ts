/*
 * What the receiver says to a signer, in the widgets' languages: the double opt-in email and the pages its link
 * opens. The language is the one the signer signed in (the consent record's locale), else the browser's. A team
 * that set its own subject and text (`doubleOptIn.subject`, `doubleOptIn.text`) sends those to everyone instead.
 * Terms follow docs/translation-glossary.md.
 */

export const LANGUAGES = ['en', 'ar', 'es', 'fr', 'pt-BR', 'ru', 'sw', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Messages {
  /** The confirmation email's subject. */
  mailSubject: string;
  /** The confirmation email's text; `{link}` is replaced by the confirmation link, on a line of its own. */
  mailText: string;
  /** The page the link opens: its title, text and the button that confirms. */
  confirmTitle: string;
  confirmText: string;
  confirmButton: string;
  /** After confirming. */
  confirmedTitle: string;
  confirmedText: string;
  /** A link already used, expired or mistyped. */
  invalidTitle: string;
  invalidText: string;
}

const ENGLISH: Messages = {
  mailSubject: 'Please confirm: keep me informed',
  mailText:
    'You signed our petition and asked to be kept informed.\n\n' +
    'To confirm, open this link and press the button on the page:\n{link}\n\n' +
    'If it was not you, ignore this email: without confirmation you will not hear from us again.',
  confirmTitle: 'Confirm: keep me informed',
  confirmText: 'You signed the petition and asked to be kept informed. Press the button to confirm.',
  confirmButton: 'Yes, keep me informed',
  confirmedTitle: 'Thank you',
  confirmedText: 'You will be kept informed. You can ask to be removed at any time.',
  invalidTitle: 'This link no longer works',
  invalidText: 'It has already been used or has expired. Your signature is counted either way.',
};

export const MESSAGES: Record<Language, Messages> = {
  en: ENGLISH,
  ar: {
    mailSubject: 'يُرجى التأكيد: أبقوني على اطلاع',
    mailText:
      'لقد وقّعت عريضتنا وطلبت أن نبقيك على اطلاع.\n\n' +
      'للتأكيد، افتح هذا الرابط واضغط على الزر في الصفحة:\n{link}\n\n' +
      'إذا لم تكن أنت من طلب ذلك، فتجاهل هذه الرسالة: لن نراسلك مرة أخرى من دون تأكيد.',
    confirmTitle: 'تأكيد: أبقوني على اطلاع',
    confirmText: 'لقد وقّعت العريضة وطلبت أن نبقيك على اطلاع. اضغط على الزر للتأكيد.',
    confirmButton: 'نعم، أبقوني على اطلاع',
    confirmedTitle: 'شكرًا لك',
    confirmedText: 'سنبقيك على اطلاع. ويمكنك في أي وقت أن تطلب منا التوقف عن مراسلتك.',
    invalidTitle: 'لم يعد هذا الرابط يعمل',
    invalidText: 'لقد سبق استخدامه أو انتهت صلاحيته. وتوقيعك محتسب في جميع الأحوال.',
  },
  es: {
    mailSubject: 'Confirma, por favor: quiero recibir novedades',
    mailText:
      'Firmaste nuestra petición y pediste recibir novedades.\n\n' +
      'Para confirmarlo, abre este enlace y presiona el botón de la página:\n{link}\n\n' +
      'Si no fuiste tú, ignora este correo: sin tu confirmación, no volveremos a escribirte.',
    confirmTitle: 'Confirma: quiero recibir novedades',
    confirmText: 'Firmaste la petición y pediste recibir novedades. Presiona el botón para confirmarlo.',
    confirmButton: 'Sí, quiero recibir novedades',
    confirmedTitle: 'Gracias',
    confirmedText: 'Recibirás nuestras novedades. Puedes pedirnos que dejemos de enviártelas en cualquier momento.',
    invalidTitle: 'Este enlace ya no funciona',
    invalidText: 'Ya se usó o expiró. De todos modos, tu firma se contó.',
  },
  fr: {
    mailSubject: 'Veuillez confirmer : je souhaite recevoir des nouvelles',
    mailText:
      'Vous avez signé notre pétition et demandé à recevoir de nos nouvelles.\n\n' +
      'Pour confirmer, ouvrez ce lien et appuyez sur le bouton de la page :\n{link}\n\n' +
      'Si vous n’êtes pas à l’origine de cette demande, ignorez simplement cet e-mail : sans confirmation, nous ne vous écrirons plus.',
    confirmTitle: 'Confirmer : je souhaite recevoir des nouvelles',
    confirmText: 'Vous avez signé la pétition et demandé à recevoir de nos nouvelles. Appuyez sur le bouton pour confirmer.',
    confirmButton: 'Oui, je souhaite recevoir des nouvelles',
    confirmedTitle: 'Merci',
    confirmedText: 'Vous recevrez de nos nouvelles. Vous pouvez demander à ne plus en recevoir à tout moment.',
    invalidTitle: 'Ce lien ne fonctionne plus',
    invalidText: 'Il a déjà été utilisé ou a expiré. Dans tous les cas, votre signature a bien été prise en compte.',
  },
  'pt-BR': {
    mailSubject: 'Confirme, por favor: quero receber novidades',
    mailText:
      'Você assinou nossa petição e pediu para receber novidades.\n\n' +
      'Para confirmar, abra este link e pressione o botão na página:\n{link}\n\n' +
      'Se não foi você, ignore este e-mail: sem a sua confirmação, não enviaremos mais nenhuma mensagem.',
    confirmTitle: 'Confirme: quero receber novidades',
    confirmText: 'Você assinou a petição e pediu para receber novidades. Pressione o botão para confirmar.',
    confirmButton: 'Sim, quero receber novidades',
    confirmedTitle: 'Obrigado',
    confirmedText: 'Você vai receber nossas novidades. Você pode pedir para deixar de recebê-las a qualquer momento.',
    invalidTitle: 'Este link não funciona mais',
    invalidText: 'Ele já foi usado ou expirou. De qualquer forma, sua assinatura já foi contada.',
  },
  ru: {
    mailSubject: 'Пожалуйста, подтвердите: «Сообщайте мне новости»',
    mailText:
      'Вы подписали нашу петицию и попросили сообщать вам новости.\n\n' +
      'Для подтверждения откройте эту ссылку и нажмите кнопку на странице:\n{link}\n\n' +
      'Если это были не вы, просто проигнорируйте это письмо: без подтверждения мы вам больше не напишем.',
    confirmTitle: 'Подтвердите: «Сообщайте мне новости»',
    confirmText: 'Вы подписали петицию и попросили сообщать вам новости. Подтвердите, нажав на кнопку.',
    confirmButton: 'Да, сообщайте мне новости',
    confirmedTitle: 'Спасибо',
    confirmedText: 'Мы будем сообщать вам новости. Вы в любой момент можете попросить нас прекратить рассылку.',
    invalidTitle: 'Эта ссылка больше не работает',
    invalidText: 'Ссылка уже была использована, или срок её действия истёк. Ваша подпись в любом случае учтена.',
  },
  sw: {
    mailSubject: 'Tafadhali thibitisha: nijulishe',
    mailText:
      'Ulitia sahihi ombi letu na ukaomba tukujulishe.\n\n' +
      'Ili kuthibitisha, fungua kiungo hiki kisha ubonyeze kitufe kilicho kwenye ukurasa:\n{link}\n\n' +
      'Ikiwa si wewe uliyeomba, puuza barua pepe hii: usipothibitisha, hatutakuandikia tena.',
    confirmTitle: 'Thibitisha: nijulishe',
    confirmText: 'Ulitia sahihi ombi na ukaomba tukujulishe. Bonyeza kitufe ili kuthibitisha.',
    confirmButton: 'Ndiyo, nijulishe',
    confirmedTitle: 'Asante',
    confirmedText: 'Tutakujulisha. Unaweza kutuomba tuache kukuandikia wakati wowote.',
    invalidTitle: 'Kiungo hiki hakifanyi kazi tena',
    invalidText: 'Tayari kimetumika, au muda wake umekwisha. Kwa vyovyote vile, sahihi yako imehesabiwa.',
  },
  zh: {
    mailSubject: '请确认：告诉我最新进展',
    mailText:
      '您签署了我们的请愿书，并希望我们告诉您最新进展。\n\n' +
      '如需确认，请打开以下链接，然后点击页面上的按钮：\n{link}\n\n' +
      '如果这不是您本人的操作，请忽略此邮件：未经您确认，我们不会再给您发邮件。',
    confirmTitle: '确认：告诉我最新进展',
    confirmText: '您签署了请愿书，并希望我们告诉您最新进展。请点击按钮确认。',
    confirmButton: '是的，请告诉我最新进展',
    confirmedTitle: '谢谢您',
    confirmedText: '我们会把最新进展告诉您。您可以随时要求不再接收。',
    invalidTitle: '此链接已失效',
    invalidText: '此链接已被使用或已过期。无论如何，您的签名都已计入。',
  },
};
