#include "xrfkey.h"

#include <algorithm>
#include <iterator>
#include <QRandomGenerator>

namespace {
constexpr char16_t alphabet[] = u"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
constexpr int alphabetSize = static_cast<int>(std::size(alphabet)) - 1; // without the terminator
static_assert(alphabetSize == 62);

bool isKeyCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z');
}
} // namespace

namespace Xrfkey {

QString generate()
{
    QString key(Length, Qt::Uninitialized);
    QRandomGenerator *random = QRandomGenerator::system();
    for (QChar &c : key) {
        // bounded() rejects out-of-range draws, so every character is equally likely.
        c = QChar(alphabet[random->bounded(alphabetSize)]);
    }
    return key;
}

bool isValid(QStringView key)
{
    if (key.size() != Length)
        return false;
    return std::all_of(key.begin(), key.end(), isKeyCharacter);
}

} // namespace Xrfkey
