package dev.warden.screening.match;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Short forms of given names that share too few letters with the full name for Jaro-Winkler to find (JOE and
 * JOSEPH, BILL and WILLIAM, SASHA and ALEKSANDR). A deliberately short, hand-kept list of the common English and
 * Russian hypocorisms seen in screening, not a dictionary: a pair found here is a nickname, scored as one, never
 * as an exact name.
 */
final class Nicknames {
    /** Full forms, then after the colon their short forms; only a full form and a short form pair. */
    private static final String[] GROUPS = {
        "ROBERT: BOB BOBBY ROB ROBBIE", "WILLIAM: BILL BILLY WILL WILLIE", "JOSEPH: JOE JOEY", "JAMES: JIM JIMMY",
        "JOHN: JACK JOHNNY", "RICHARD: RICK RICKY DICK RICH", "MICHAEL: MIKE MICKEY", "THOMAS: TOM TOMMY",
        "CHARLES: CHARLIE CHUCK", "EDWARD: EDDIE TED NED", "ANTHONY: TONY", "DANIEL: DAN DANNY", "DAVID: DAVE",
        "STEPHEN STEVEN: STEVE", "NICHOLAS: NICK", "PATRICK: PAT PADDY", "PETER: PETE", "SAMUEL: SAM",
        "BENJAMIN: BEN", "MATTHEW: MATT", "CHRISTOPHER: CHRIS", "TIMOTHY: TIM", "ANDREW: ANDY DREW",
        "KENNETH: KEN", "DONALD: DON", "RONALD: RON", "GERALD: JERRY GERRY", "LAWRENCE: LARRY",
        "ELIZABETH: LIZ BETH BETTY LIZZIE", "MARGARET: MAGGIE PEGGY MEG", "KATHERINE CATHERINE: KATE KATHY CATHY KATIE",
        "JENNIFER: JENNY", "PATRICIA: PATTY TRISH", "SUSAN: SUE SUSIE", "DEBORAH: DEBBIE", "REBECCA: BECKY",
        "VICTORIA: VICKY", "ALEXANDER ALEKSANDR ALEKSANDER: ALEX SASHA", "VLADIMIR: VOVA VOLODYA",
        "DMITRY DMITRIY DMITRI: DIMA", "MIKHAIL: MISHA", "NIKOLAY NIKOLAI: KOLYA", "IVAN: VANYA",
        "SERGEY SERGEI: SERYOZHA", "YEVGENIY EVGENY YEVGENY: ZHENYA", "ANASTASIYA ANASTASIA: NASTYA",
        "YEKATERINA EKATERINA: KATYA",
    };
    private static final Map<String, Set<String>> PARTNERS = new HashMap<>();

    static {
        for (String group : GROUPS) {
            String[] sides = group.split(":");
            for (String full : sides[0].trim().split(" ")) {
                for (String nick : sides[1].trim().split(" ")) {
                    PARTNERS.computeIfAbsent(full, k -> new HashSet<>()).add(nick);
                    PARTNERS.computeIfAbsent(nick, k -> new HashSet<>()).add(full);
                }
            }
        }
    }

    private Nicknames() {
    }

    /** The short forms of a full name, or the full names of a short form; null for a word the list lacks. */
    static Set<String> of(String word) {
        return PARTNERS.get(word);
    }

    /** True when one word is a short form of the other in the list above. */
    static boolean same(String a, String b) {
        Set<String> partners = PARTNERS.get(a);
        return partners != null && partners.contains(b);
    }
}
