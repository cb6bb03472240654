# bench/classify.awk: the four-rule classifier a seller might script, the
# baseline `make bench` races `fulog classify` against. Same output form:
# CLASS<TAB>DUE<TAB>TEXT (DUE is always "-": awk does not read dates).
{
    l = tolower($0)
    if (l ~ /booked|scheduled|calendar|invite/)          c = "firm"
    else if (l ~ /will|might|try|soon|get back/)         c = "soft"
    else if (l ~ /call|follow up|f\/u|check in|chase/)   c = "non"
    else if (l ~ /send|email|give|proposal|pricing/)     c = "compliance"
    else                                                 c = "unknown"
    print c "\t-\t" $0
}
