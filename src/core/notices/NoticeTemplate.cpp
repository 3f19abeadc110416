#include "NoticeTemplate.h"

#include "NoticeLanguage.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace badgedesk {

namespace {

// {{ name }}: letters, digits and underscores, spaces around the name allowed.
const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_]+)\\s*\\}\\}"));
    return pattern;
}

void collect(const QString& text, QStringList* names)
{
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names->contains(name))
            names->append(name);
    }
}

QString fill(const QString& text, const QHash<QString, QString>& values, const QStringList& known,
             QStringList* unknown, QStringList* missing)
{
    QString out;
    out.reserve(text.size() + 64);
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString name = m.captured(1);
        if (!known.contains(name)) {
            if (!unknown->contains(name))
                unknown->append(name);
            out += m.captured(0); // left as written, so the preview shows it
            continue;
        }
        const QString value = values.value(name).trimmed();
        if (value.isEmpty() && !missing->contains(name))
            missing->append(name);
        out += value;
    }
    out += QStringView(text).mid(last);
    return out;
}

const char* const kEnglishSubject = "Your {{badge_name}} digital badge is on its way";

const char* const kEnglishBody =
    "Dear {{first_name}} {{last_name}},\n"
    "\n"
    "Congratulations on earning {{assessment_title}} at {{school_name}}! To recognize this "
    "achievement, {{agency_name}} is awarding you the {{badge_name}} digital badge through Credly.\n"
    "\n"
    "A digital badge is an online record of your credential. You can share it on LinkedIn, in your "
    "resume or in an email, and anyone who opens it can see who issued it and what it took to earn "
    "it.\n"
    "\n"
    "What happens next\n"
    "\n"
    "1. On or after {{issue_date}}, Credly will email you at {{email}} from admin@credly.com to "
    "invite you to claim your badge. Please add admin@credly.com to your contacts or safe senders "
    "list now, so the message does not end up in your spam or junk folder.\n"
    "\n"
    "2. To claim the badge, open that email and select the button to accept it. If you do not have a "
    "Credly account yet, create one with this same email address (it is free), then accept the "
    "badge.\n"
    "\n"
    "3. This address may be a school account that closes after you graduate. In your Credly "
    "profile, add a personal email address as well, so you keep your badge and can share it with "
    "employers and colleges for years to come.\n"
    "\n"
    "If you have a question, reply to this email.\n"
    "\n"
    "Congratulations again,\n"
    "{{agency_name}}\n";

const char* const kSpanishSubject = "Su insignia digital {{badge_name}} está en camino";

const char* const kSpanishBody =
    "Estimado/a {{first_name}} {{last_name}}:\n"
    "\n"
    "¡Felicitaciones por haber obtenido la certificación {{assessment_title}} en {{school_name}}! "
    "Para reconocer este logro, {{agency_name}} le otorga la insignia digital {{badge_name}} a "
    "través de Credly.\n"
    "\n"
    "Una insignia digital es un registro en línea de su credencial. Puede compartirla en LinkedIn, "
    "en su currículum o por correo electrónico, y cualquier persona que la abra podrá ver quién la "
    "otorgó y lo que se necesitó para obtenerla.\n"
    "\n"
    "Próximos pasos\n"
    "\n"
    "1. A partir del {{issue_date}}, Credly le enviará un correo electrónico a {{email}} desde "
    "admin@credly.com para invitarle a reclamar su insignia. Le pedimos que agregue ahora "
    "admin@credly.com a sus contactos o a su lista de remitentes seguros, para que el mensaje no "
    "llegue a la carpeta de correo no deseado.\n"
    "\n"
    "2. Para reclamar la insignia, abra ese correo y seleccione el botón para aceptarla. Si todavía "
    "no tiene una cuenta de Credly, créela con esta misma dirección de correo (es gratis) y luego "
    "acepte la insignia.\n"
    "\n"
    "3. Es posible que esta dirección sea una cuenta escolar que se cierre cuando termine sus "
    "estudios. En su perfil de Credly, agregue también una dirección de correo personal, para "
    "conservar su insignia y poder compartirla con empleadores y universidades durante muchos "
    "años.\n"
    "\n"
    "Si tiene alguna pregunta, responda a este correo.\n"
    "\n"
    "Felicitaciones nuevamente,\n"
    "{{agency_name}}\n";

} // namespace

QStringList NoticeTemplate::placeholders()
{
    return {
        QStringLiteral("first_name"),  QStringLiteral("last_name"),        QStringLiteral("email"),
        QStringLiteral("badge_name"),  QStringLiteral("assessment_title"), QStringLiteral("assessment_code"),
        QStringLiteral("school_name"), QStringLiteral("issue_date"),       QStringLiteral("agency_name")};
}

QString NoticeTemplate::describe(const QString& placeholder)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("NoticeTemplate", text); };
    if (placeholder == QLatin1String("first_name"))
        return tr("the student's first name");
    if (placeholder == QLatin1String("last_name"))
        return tr("the student's last name");
    if (placeholder == QLatin1String("email"))
        return tr("the address the badge goes to");
    if (placeholder == QLatin1String("badge_name"))
        return tr("the Credly badge's name (else the assessment's title)");
    if (placeholder == QLatin1String("assessment_title"))
        return tr("the assessment passed");
    if (placeholder == QLatin1String("assessment_code"))
        return tr("the assessment's code");
    if (placeholder == QLatin1String("school_name"))
        return tr("the school");
    if (placeholder == QLatin1String("issue_date"))
        return tr("the expected issue date, written in the notice's language");
    if (placeholder == QLatin1String("agency_name"))
        return tr("the agency that sends the notice");
    return {};
}

NoticeTemplate NoticeTemplate::defaultFor(const QString& language)
{
    NoticeTemplate t;
    if (language == QLatin1String(NoticeLanguage::kSpanish)) {
        t.language = language;
        t.subject = QString::fromUtf8(kSpanishSubject);
        t.body = QString::fromUtf8(kSpanishBody);
    } else {
        t.language = QLatin1String(NoticeLanguage::kEnglish);
        t.subject = QString::fromUtf8(kEnglishSubject);
        t.body = QString::fromUtf8(kEnglishBody);
    }
    return t;
}

QStringList NoticeTemplate::usedPlaceholders() const
{
    QStringList names;
    collect(subject, &names);
    collect(body, &names);
    return names;
}

QStringList NoticeTemplate::unknownPlaceholders() const
{
    const QStringList known = placeholders();
    QStringList unknown;
    for (const QString& name : usedPlaceholders()) {
        if (!known.contains(name))
            unknown.append(name);
    }
    return unknown;
}

NoticeTemplate::Rendered NoticeTemplate::render(const QHash<QString, QString>& values) const
{
    const QStringList known = placeholders();
    Rendered r;
    r.subject = fill(subject, values, known, &r.unknown, &r.missing);
    r.body = fill(body, values, known, &r.unknown, &r.missing);
    return r;
}

} // namespace badgedesk
