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
    private static final String[] GROUPS = {
        "ROBERT BOB BOBBY ROB ROBBIE", "WILLIAM BILL BILLY WILL WILLIE", "JOSEPH JOE JOEY", "JAMES JIM JIMMY",
        "JOHN JACK JOHNNY", "RICHARD RICK RICKY DICK RICH", "MICHAEL MIKE MICKEY", "THOMAS TOM TOMMY",
        "CHARLES CHARLIE CHUCK", "EDWARD EDDIE TED NED", "ANTHONY TONY", "DANIEL DAN DANNY", "DAVID DAVE",
        "STEPHEN STEVEN STEVE", "NICHOLAS NICK", "PATRICK PAT PADDY", "PETER PETE", "SAMUEL SAM", "BENJAMIN BEN",
        "MATTHEW MATT", "CHRISTOPHER CHRIS", "TIMOTHY TIM", "ANDREW ANDY DREW", "KENNETH KEN", "DONALD DON",
        "RONALD RON", "GERALD JERRY GERRY", "LAWRENCE LARRY", "ELIZABETH LIZ BETH BETTY LIZZIE",
        "MARGARET MAGGIE PEGGY MEG", "KATHERINE CATHERINE KATE KATHY CATHY KATIE", "JENNIFER JENNY",
        "PATRICIA PATTY TRISH", "SUSAN SUE SUSIE", "DEBORAH DEBBIE", "REBECCA BECKY", "VICTORIA VICKY",
        "ALEXANDER ALEKSANDR ALEKSANDER ALEX SASHA", "VLADIMIR VOVA VOLODYA", "DMITRY DMITRIY DMITRI DIMA",
        "MIKHAIL MISHA", "NIKOLAY NIKOLAI KOLYA", "IVAN VANYA", "SERGEY SERGEI SERYOZHA",
        "YEVGENIY EVGENY YEVGENY ZHENYA", "ANASTASIYA ANASTASIA NASTYA", "YEKATERINA EKATERINA KATYA",
    };
    private static final Map<String, Set<String>> GROUP_OF = new HashMap<>();

    static {
        for (String group : GROUPS) {
            Set<String> names = Set.of(group.split(" "));
            for (String name : names) GROUP_OF.computeIfAbsent(name, k -> new HashSet<>()).addAll(names);
        }
    }

    private Nicknames() {
    }

    /** True when the two different words are forms of the same given name in the list above. */
    static boolean same(String a, String b) {
        Set<String> group = GROUP_OF.get(a);
        return group != null && group.contains(b);
    }
}
