<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddCardScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="130"/>
        <source>Hello, %1!</source>
        <translation>Hello, %1!</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="132"/>
        <source>Cards on your account (%1 of %2):</source>
        <translation>Cards on your account (%1 of %2):</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="166"/>
        <source>Моцная картка partner card</source>
        <translation>Моцная картка partner card</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="173"/>
        <source>Phone number of your account</source>
        <translation>Phone number of your account</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="175"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="177"/>
        <source>Number of the card to add (13 digits)</source>
        <translation>Number of the card to add (13 digits)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="179"/>
        <source>Forgot the password? Get an SMS code instead</source>
        <translation>Forgot the password? Get an SMS code instead</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="180"/>
        <source>Add another card</source>
        <translation>Add another card</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="183"/>
        <source>Add a card to your account</source>
        <translation>Add a card to your account</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="184"/>
        <source>Enter the code from the SMS</source>
        <translation>Enter the code from the SMS</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="185"/>
        <source>Scan the card to add</source>
        <translation>Scan the card to add</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="189"/>
        <source>Sign in with your phone number and password.</source>
        <translation>Sign in with your phone number and password.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="190"/>
        <source>The code confirms that the account is yours.</source>
        <translation>The code confirms that the account is yours.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="192"/>
        <source>Hold its barcode under the scanner, or type the 13 digits printed under it. Моцная картка partner cards can be added too.</source>
        <translation>Hold its barcode under the scanner, or type the 13 digits printed under it. Моцная картка partner cards can be added too.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="205"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="206"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="207"/>
        <source>Add the card</source>
        <translation>Add the card</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="208"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>AddCardWizard</name>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="447"/>
        <source>The card %1 is already on your account.</source>
        <translation>The card %1 is already on your account.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="450"/>
        <source>The card %1 now collects bonus points on your account.</source>
        <translation>The card %1 now collects bonus points on your account.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="454"/>
        <source>The card is added</source>
        <translation>The card is added</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="474"/>
        <source>Your account already has %1 cards, the most allowed:</source>
        <translation>Your account already has %1 cards, the most allowed:</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="480"/>
        <source>The card %1 could not be added</source>
        <translation>The card %1 could not be added</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/attract.py" line="65"/>
        <source>Today: %1% off everything — %2</source>
        <translation>Today: %1% off everything — %2</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="19"/>
        <source>Loyalty card</source>
        <translation>Loyalty card</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="88"/>
        <source>Scan your card</source>
        <translation>Scan your card</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="96"/>
        <source>Hold the barcode of your loyalty card under the scanner to see your bonus points and personal offers</source>
        <translation>Hold the barcode of your loyalty card under the scanner to see your bonus points and personal offers</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="135"/>
        <source>Enter the card number</source>
        <translation>Enter the card number</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="142"/>
        <source>About the program</source>
        <translation>About the program</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="149"/>
        <source>Register a card</source>
        <translation>Register a card</translation>
    </message>
</context>
<context>
    <name>CardScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="133"/>
        <source>Hello, %1!</source>
        <translation>Hello, %1!</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="137"/>
        <source>worth %1 towards your purchases</source>
        <translation>worth %1 towards your purchases</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="147"/>
        <source>Your card</source>
        <translation>Your card</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="160"/>
        <source>Card-holder prices apply to your purchases at the checkout.</source>
        <translation>Card-holder prices apply to your purchases at the checkout.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="171"/>
        <source>Card active</source>
        <translation>Card active</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="173"/>
        <source>Not registered</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="175"/>
        <source>Card blocked</source>
        <translation>Card blocked</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="176"/>
        <source>Not activated</source>
        <translation>Not activated</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="182"/>
        <source>Motsnaya Kartka</source>
        <translation>Motsnaya Kartka</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="180"/>
        <source>this card</source>
        <translation>this card</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="184"/>
        <source>store card</source>
        <translation>store card</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="186"/>
        <source>blocked</source>
        <translation>blocked</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="192"/>
        <source>Today: %1% off everything — %2</source>
        <translation>Today: %1% off everything — %2</translation>
    </message>
    <message>
        <location filename="../../ui/card.ui" line="51"/>
        <source>Bonus points</source>
        <translation>Bonus points</translation>
    </message>
    <message>
        <location filename="../../ui/card.ui" line="104"/>
        <source>Personal offers</source>
        <translation>Personal offers</translation>
    </message>
    <message>
        <location filename="../../ui/card.ui" line="125"/>
        <source>No personal offers right now. They appear here when the store prepares something for you.</source>
        <translation>No personal offers right now. They appear here when the store prepares something for you.</translation>
    </message>
    <message>
        <location filename="../../ui/card.ui" line="142"/>
        <source>Cards on your account</source>
        <translation>Cards on your account</translation>
    </message>
    <message>
        <location filename="../../ui/card.ui" line="161"/>
        <source>Add a card</source>
        <translation>Add a card</translation>
    </message>
    <message>
        <location filename="../../ui/card.ui" line="174"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>CashierScreen</name>
    <message numerus="yes">
        <source>Wrong PIN. Tries left before the badge is locked: %n</source>
        <translation>
            <numerusform>Wrong PIN. %n try left before the badge is locked.</numerusform>
            <numerusform>Wrong PIN. %n tries left before the badge is locked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Wrong PIN. Try again.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs: this badge is locked. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong PINs: this badge is locked. Try again in %n minute.</numerusform>
            <numerusform>Too many wrong PINs: this badge is locked. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This badge is not known. Ask the store manager.</source>
        <translation>This badge is not known. Ask the store manager.</translation>
    </message>
    <message>
        <source>The loyalty service cannot be reached, so the PIN cannot be checked. Try again in a minute.</source>
        <translation>The loyalty service cannot be reached, so the PIN cannot be checked. Try again in a minute.</translation>
    </message>
    <message>
        <source>The PIN could not be checked. Try again.</source>
        <translation>The PIN could not be checked. Try again.</translation>
    </message>
    <message>
        <source>Register this card</source>
        <translation>Register this card</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Queued: the loyalty service is unreachable, will be sent</source>
        <translation>Queued: the loyalty service is unreachable, will be sent</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activated</translation>
    </message>
    <message>
        <source>Already activated</source>
        <translation>Already activated</translation>
    </message>
    <message>
        <source>Unknown card</source>
        <translation>Unknown card</translation>
    </message>
    <message>
        <source>Card blocked</source>
        <translation>Card blocked</translation>
    </message>
    <message>
        <source>Not a card of ours</source>
        <translation>Not a card of ours</translation>
    </message>
    <message>
        <source>Refused by the loyalty service</source>
        <translation>Refused by the loyalty service</translation>
    </message>
    <message>
        <source>Not recorded: the terminal&apos;s disk is full</source>
        <translation>Not recorded: the terminal&apos;s disk is full</translation>
    </message>
    <message numerus="yes">
        <source>Activated in this session: %n</source>
        <translation>
            <numerusform>Activated in this session: %n</numerusform>
            <numerusform>Activated in this session: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting to be sent: %n</source>
        <translation>
            <numerusform>Waiting to be sent: %n</numerusform>
            <numerusform>Waiting to be sent: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>This code is not a card. Scan the barcode on the card.</source>
        <translation>This code is not a card. Scan the barcode on the card.</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <source>Cashier sign-in</source>
        <translation>Cashier sign-in</translation>
    </message>
    <message>
        <source>Enter the PIN of your staff badge</source>
        <translation>Enter the PIN of your staff badge</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Card activation</source>
        <translation>Card activation</translation>
    </message>
    <message>
        <source>Scan the cards sold at the till one after another.</source>
        <translation>Scan the cards sold at the till one after another.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Service screen</source>
        <translation>Service screen</translation>
    </message>
</context>
<context>
    <name>CodeEntry</name>
    <message>
        <location filename="../../kiosk/qt/widgets/fields.py" line="525"/>
        <source>We sent a code to %1</source>
        <translation>We sent a code to %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/fields.py" line="547"/>
        <source>Change the number</source>
        <translation>Change the number</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <location filename="../../kiosk/qt/widgets/fields.py" line="467"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/fields.py" line="467"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/fields.py" line="467"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/fields.py" line="470"/>
        <source>Ten years later</source>
        <translation>Ten years later</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/fields.py" line="471"/>
        <source>Ten years earlier</source>
        <translation>Ten years earlier</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="88"/>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="89"/>
        <source>sold, not registered</source>
        <translation>sold, not registered</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="90"/>
        <source>never sold</source>
        <translation>never sold</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="91"/>
        <source>blocked</source>
        <translation>blocked</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="92"/>
        <source>unknown to the chain</source>
        <translation>unknown to the chain</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="98"/>
        <source>large balance</source>
        <translation>large balance</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="99"/>
        <source>Motsnaya Kartka partner card</source>
        <translation>Motsnaya Kartka partner card</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="100"/>
        <source>birthday offer</source>
        <translation>birthday offer</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="101"/>
        <source>5 cards, the limit</source>
        <translation>5 cards, the limit</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="115"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="117"/>
        <source>Could not read the demo SMS.</source>
        <translation>Could not read the demo SMS.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="119"/>
        <source>No SMS has been sent yet.</source>
        <translation>No SMS has been sent yet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="124"/>
        <source>To %1 at %2
Code: %3
%4</source>
        <translation>To %1 at %2
Code: %3
%4</translation>
    </message>
    <message>
        <location filename="../../ui/demo_panel.ui" line="18"/>
        <source>Demo panel</source>
        <translation>Demo panel</translation>
    </message>
    <message>
        <location filename="../../ui/demo_panel.ui" line="30"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/demo_panel.ui" line="39"/>
        <source>Tap a demo card to scan it</source>
        <translation>Tap a demo card to scan it</translation>
    </message>
    <message>
        <location filename="../../ui/demo_panel.ui" line="65"/>
        <source>Last demo SMS</source>
        <translation>Last demo SMS</translation>
    </message>
    <message>
        <location filename="../../ui/demo_panel.ui" line="77"/>
        <source>Show the last SMS</source>
        <translation>Show the last SMS</translation>
    </message>
    <message>
        <source>The kiosk is cut off from its central (as when the network is down).</source>
        <translation>The kiosk is cut off from its central (as when the network is down).</translation>
    </message>
    <message>
        <source>Reconnect the kiosk to its central</source>
        <translation>Reconnect the kiosk to its central</translation>
    </message>
    <message>
        <source>The kiosk is connected to its central.</source>
        <translation>The kiosk is connected to its central.</translation>
    </message>
    <message>
        <source>Cut the kiosk off from its central</source>
        <translation>Cut the kiosk off from its central</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <location filename="../../kiosk/qt/controller.py" line="406"/>
        <source>Service mode is locked for a few minutes after wrong PINs.</source>
        <translation>Service mode is locked for a few minutes after wrong PINs.</translation>
    </message>
    <message>
        <source>This code is not recognised. Please scan a card or a product again.</source>
        <translation>This code is not recognised. Please scan a card or a product again.</translation>
    </message>
    <message>
        <source>Coupons and receipts are accepted at the checkout, not here.</source>
        <translation>Coupons and receipts are accepted at the checkout, not here.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/qt/shell/window.py" line="219"/>
        <source>Demo cards and SMS</source>
        <extracomment>How long a notice (&quot;could not read the card&quot;) stays up. Size of the window in --windowed mode (development on a desktop).</extracomment>
        <translation>Demo cards and SMS</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/shell/window.py" line="220"/>
        <source>Demo data, no network needed</source>
        <translation>Demo data, no network needed</translation>
    </message>
</context>
<context>
    <name>LoadingScreen</name>
    <message>
        <location filename="../../ui/loading.ui" line="44"/>
        <source>One moment, please…</source>
        <translation>One moment, please…</translation>
    </message>
    <message>
        <location filename="../../ui/loading.ui" line="60"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ManualEntryScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/manual_entry.py" line="49"/>
        <source>A card number has 13 digits. Please check and complete it.</source>
        <translation>A card number has 13 digits. Please check and complete it.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/manual_entry.py" line="51"/>
        <source>This number does not look right. Please check the digits.</source>
        <translation>This number does not look right. Please check the digits.</translation>
    </message>
    <message>
        <location filename="../../ui/manual_entry.ui" line="16"/>
        <source>Enter the card number</source>
        <translation>Enter the card number</translation>
    </message>
    <message>
        <location filename="../../ui/manual_entry.ui" line="24"/>
        <source>The 13 digits printed under the barcode on your card</source>
        <translation>The 13 digits printed under the barcode on your card</translation>
    </message>
    <message>
        <location filename="../../ui/manual_entry.ui" line="81"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="94"/>
        <source>Back to start</source>
        <extracomment>The primary button: &quot;Register the card&quot; (not registered) or &quot;Try again&quot; (error).</extracomment>
        <translation>Back to start</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="94"/>
        <location filename="../../ui/message.ui" line="82"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="100"/>
        <source>This card is not registered yet</source>
        <translation>This card is not registered yet</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="102"/>
        <source>Card-holder prices already work with it. Register the card to collect bonus points and get personal offers.</source>
        <translation>Card-holder prices already work with it. Register the card to collect bonus points and get personal offers.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="105"/>
        <source>Register the card</source>
        <translation>Register the card</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="109"/>
        <source>We could not find this card</source>
        <translation>We could not find this card</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="111"/>
        <source>It is not a card of our loyalty program, or it has not been activated yet. If you have just bought it, please ask the cashier to activate it.</source>
        <translation>It is not a card of our loyalty program, or it has not been activated yet. If you have just bought it, please ask the cashier to activate it.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="118"/>
        <source>This card is blocked</source>
        <translation>This card is blocked</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="120"/>
        <source>It cannot be used for points or card-holder prices. Please ask the cashier or call support.</source>
        <translation>It cannot be used for points or card-holder prices. Please ask the cashier or call support.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="126"/>
        <source>The loyalty service is taking too long to answer</source>
        <translation>The loyalty service is taking too long to answer</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="128"/>
        <source>No connection to the loyalty service</source>
        <translation>No connection to the loyalty service</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="130"/>
        <source>The loyalty service could not answer</source>
        <translation>The loyalty service could not answer</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="134"/>
        <source>Your card and your points are safe, and card-holder prices still work at the checkout. Please try again in a few minutes or ask the cashier.</source>
        <translation>Your card and your points are safe, and card-holder prices still work at the checkout. Please try again in a few minutes or ask the cashier.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="137"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="143"/>
        <source>Card %1</source>
        <translation>Card %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="145"/>
        <source>free calls</source>
        <translation>free calls</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="147"/>
        <source>Support: %1 (%2)</source>
        <translation>Support: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <location filename="../../kiosk/qt/input/keypad.py" line="146"/>
        <source>Backspace</source>
        <extracomment>Smallest side of a key in pixels: a thumb on a touch screen. The dynamic property the stylesheet uses to drop the pressed highlight.</extracomment>
        <translation>Backspace</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keypad.py" line="147"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keypad.py" line="148"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>OfferItem</name>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="41"/>
        <source>Valid until %1</source>
        <translation>Valid until %1</translation>
    </message>
    <message>
        <location filename="../../ui/offer_item.ui" line="17"/>
        <source>Happy birthday!</source>
        <translation>Happy birthday!</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="329"/>
        <source>RU</source>
        <extracomment>Letter rows per layout. Belarusian: і for и, ў for щ, the apostrophe for ъ. Digits and what emails and passwords need. Keys on the bottom row of every letter page, between the language key and space. Keys on the bottom row of every letter page, after space (an email needs them often). Dynamic property a field can carry to be treated like a password (e.g. an SMS code).</extracomment>
        <translation>RU</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="330"/>
        <source>BE</source>
        <translation>BE</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="331"/>
        <source>EN</source>
        <translation>EN</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="338"/>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="340"/>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="340"/>
        <source>Digits and symbols</source>
        <translation>Digits and symbols</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="342"/>
        <source>space</source>
        <translation>space</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="343"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="344"/>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="345"/>
        <source>Keyboard language</source>
        <translation>Keyboard language</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="347"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
</context>
<context>
    <name>PhoneInput</name>
    <message>
        <location filename="../../kiosk/qt/widgets/fields.py" line="304"/>
        <source>Belarus</source>
        <extracomment>Width of the caption column: captions sit left of their fields, which leaves the height of a 1280x1024 screen to the fields and the keyboard under them.</extracomment>
        <translation>Belarus</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/fields.py" line="305"/>
        <source>Russia</source>
        <translation>Russia</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/fields.py" line="307"/>
        <source>912 345-67-89</source>
        <translation>912 345-67-89</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/fields.py" line="307"/>
        <source>29 123-45-67</source>
        <translation>29 123-45-67</translation>
    </message>
</context>
<context>
    <name>ProgramScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/program.py" line="78"/>
        <source>Today: %1% off everything — %2</source>
        <translation>Today: %1% off everything — %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/program.py" line="84"/>
        <source>%1: %2% off everything — %3</source>
        <translation>%1: %2% off everything — %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/program.py" line="97"/>
        <source>Rules version %1.</source>
        <translation>Rules version %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/program.py" line="107"/>
        <source>Taxpayer number (UNP): %1</source>
        <translation>Taxpayer number (UNP): %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/program.py" line="115"/>
        <source>Phone: %1 (%2)</source>
        <translation>Phone: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/program.py" line="119"/>
        <source>Website: %1</source>
        <translation>Website: %1</translation>
    </message>
    <message>
        <location filename="../../ui/program.ui" line="16"/>
        <source>About the loyalty program</source>
        <translation>About the loyalty program</translation>
    </message>
    <message>
        <location filename="../../ui/program.ui" line="47"/>
        <source>What the card gives you</source>
        <translation>What the card gives you</translation>
    </message>
    <message>
        <location filename="../../ui/program.ui" line="61"/>
        <source>Program rules</source>
        <translation>Program rules</translation>
    </message>
    <message>
        <location filename="../../ui/program.ui" line="75"/>
        <source>Who can take part</source>
        <translation>Who can take part</translation>
    </message>
    <message>
        <location filename="../../ui/program.ui" line="89"/>
        <source>Paying with an installment card</source>
        <translation>Paying with an installment card</translation>
    </message>
    <message>
        <location filename="../../ui/program.ui" line="103"/>
        <source>Organizer</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <location filename="../../ui/program.ui" line="117"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../ui/program.ui" line="145"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>RegistrationScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="364"/>
        <source>(optional)</source>
        <extracomment>Seconds the success screen stays before the kiosk returns to its start screen by itself.</extracomment>
        <translation>(optional)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="366"/>
        <source>Card number (13 digits under the barcode)</source>
        <translation>Card number (13 digits under the barcode)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="367"/>
        <source>Mobile phone number</source>
        <translation>Mobile phone number</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="368"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="369"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="370"/>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="371"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="372"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="373"/>
        <source>Home address</source>
        <translation>Home address</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="374"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="375"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="376"/>
        <source>The same password again</source>
        <translation>The same password again</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="382"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="383"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="390"/>
        <source>Send the code</source>
        <translation>Send the code</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="391"/>
        <source>Use another phone number</source>
        <translation>Use another phone number</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="398"/>
        <source>Scan the card you want to register</source>
        <translation>Scan the card you want to register</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="399"/>
        <source>Your mobile phone number</source>
        <translation>Your mobile phone number</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="400"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="401"/>
        <source>Gender and date of birth</source>
        <translation>Gender and date of birth</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="402"/>
        <source>Address and email</source>
        <translation>Address and email</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="403"/>
        <source>Choose a password</source>
        <translation>Choose a password</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="404"/>
        <source>Program rules</source>
        <translation>Program rules</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="405"/>
        <location filename="../../kiosk/qt/screens/registration.py" line="407"/>
        <source>Enter the code from the SMS</source>
        <translation>Enter the code from the SMS</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="406"/>
        <source>This phone number already has an account</source>
        <translation>This phone number already has an account</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="408"/>
        <source>Registration complete</source>
        <translation>Registration complete</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="386"/>
        <source>I accept the program rules (version %1)</source>
        <translation>I accept the program rules (version %1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="409"/>
        <source>The card is added to your account</source>
        <translation>The card is added to your account</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="413"/>
        <source>Hold the barcode on the back of the card under the scanner, or type the 13 digits printed under it.</source>
        <translation>Hold the barcode on the back of the card under the scanner, or type the 13 digits printed under it.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="417"/>
        <source>The confirmation code comes to this number by SMS. It is also your login.</source>
        <translation>The confirmation code comes to this number by SMS. It is also your login.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="419"/>
        <source>As in your passport.</source>
        <translation>As in your passport.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="420"/>
        <source>On your birthday you get a personal offer.</source>
        <translation>On your birthday you get a personal offer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="421"/>
        <source>For news and offers of the program.</source>
        <translation>For news and offers of the program.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="422"/>
        <source>You sign in with your phone number and this password.</source>
        <translation>You sign in with your phone number and this password.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="424"/>
        <source>Read the rules (swipe to scroll) and confirm that you accept them.</source>
        <translation>Read the rules (swipe to scroll) and confirm that you accept them.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="426"/>
        <source>The code is valid for 10 minutes.</source>
        <translation>The code is valid for 10 minutes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="428"/>
        <source>You can add this card to that account. We will send a code to its phone.</source>
        <translation>You can add this card to that account. We will send a code to its phone.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="430"/>
        <source>The code confirms that the account is yours.</source>
        <translation>The code confirms that the account is yours.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="435"/>
        <source>This card cannot be registered here</source>
        <translation>This card cannot be registered here</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="443"/>
        <source>Bonus points are collected from now on.</source>
        <translation>Bonus points are collected from now on.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="445"/>
        <source>Your card is active, bonus points are collected from now on.</source>
        <translation>Your card is active, bonus points are collected from now on.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="450"/>
        <source>Add this card to the account of this phone number? Its points will be collected there.</source>
        <translation>Add this card to the account of this phone number? Its points will be collected there.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="456"/>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="461"/>
        <source>Get the SMS code</source>
        <translation>Get the SMS code</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="463"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="465"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>ServicePinScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/service_pin.py" line="42"/>
        <source>Wrong PIN. Try again.</source>
        <translation>Wrong PIN. Try again.</translation>
    </message>
    <message>
        <location filename="../../ui/service_pin.ui" line="16"/>
        <source>Service mode</source>
        <translation>Service mode</translation>
    </message>
    <message>
        <location filename="../../ui/service_pin.ui" line="23"/>
        <source>Enter the service PIN</source>
        <translation>Enter the service PIN</translation>
    </message>
    <message>
        <location filename="../../ui/service_pin.ui" line="81"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="40"/>
        <source>Demo (embedded service, demo data)</source>
        <translation>Demo (embedded service, demo data)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="40"/>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="16"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="32"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="45"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="58"/>
        <source>Central service</source>
        <translation>Central service</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="71"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="96"/>
        <source>Back to the kiosk</source>
        <translation>Back to the kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="109"/>
        <source>Leave kiosk mode</source>
        <translation>Leave kiosk mode</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Asking…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>%1 (last good answer %2)</source>
        <translation>%1 (last good answer %2)</translation>
    </message>
    <message>
        <source>%1 (no good answer since the start)</source>
        <translation>%1 (no good answer since the start)</translation>
    </message>
    <message>
        <source>Keyboard-wedge (USB) scanner</source>
        <translation>Keyboard-wedge (USB) scanner</translation>
    </message>
    <message>
        <source>Serial scanner on %1</source>
        <translation>Serial scanner on %1</translation>
    </message>
    <message>
        <source>Keyboard-wedge scanner and serial scanner on %1</source>
        <translation>Keyboard-wedge scanner and serial scanner on %1</translation>
    </message>
    <message>
        <source>No scan since the start</source>
        <translation>No scan since the start</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Scan any code: its kind shows here</source>
        <translation>Scan any code: its kind shows here</translation>
    </message>
    <message>
        <source>Staff badge</source>
        <translation>Staff badge</translation>
    </message>
    <message>
        <source>Card of the chain</source>
        <translation>Card of the chain</translation>
    </message>
    <message>
        <source>Partner card (Моцная картка)</source>
        <translation>Partner card (Моцная картка)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>In-store or weighed-goods code</source>
        <translation>In-store or weighed-goods code</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <source>Refund receipt</source>
        <translation>Refund receipt</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Not recognised</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Not available: %1</translation>
    </message>
    <message>
        <source>The outbox file was unreadable: kept as %1, a new one was started</source>
        <translation>The outbox file was unreadable: kept as %1, a new one was started</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1 — %2, scanned %3</source>
        <translation>%1 — %2, scanned %3</translation>
    </message>
    <message>
        <source>Central answers</source>
        <translation>Central answers</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Log folder</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Last scan</translation>
    </message>
    <message>
        <source>Scanner test</source>
        <translation>Scanner test</translation>
    </message>
    <message>
        <source>Run the self-check</source>
        <translation>Run the self-check</translation>
    </message>
    <message>
        <source>Activations waiting</source>
        <translation>Activations waiting</translation>
    </message>
    <message>
        <source>Oldest waiting</source>
        <translation>Oldest waiting</translation>
    </message>
    <message>
        <source>Refused activations</source>
        <translation>Refused activations</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Language of the kiosk</source>
        <translation>Language of the kiosk</translation>
    </message>
    <message>
        <source>Leave kiosk mode? Shoppers cannot use the terminal until the kiosk is started again.</source>
        <translation>Leave kiosk mode? Shoppers cannot use the terminal until the kiosk is started again.</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Stay</translation>
    </message>
    <message>
        <source>Yes, leave</source>
        <translation>Yes, leave</translation>
    </message>
</context>
<context>
    <name>StillHereOverlay</name>
    <message>
        <location filename="../../kiosk/qt/shell/still_here.py" line="120"/>
        <source>Are you still here?</source>
        <extracomment>Seconds the shopper gets to show they are still there.</extracomment>
        <translation>Are you still here?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/shell/still_here.py" line="122"/>
        <source>Everything you typed will be cleared in %n seconds.</source>
        <translation>
            <numerusform>Everything you typed will be cleared in %n second.</numerusform>
            <numerusform>Everything you typed will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/shell/still_here.py" line="124"/>
        <source>Yes, I am here</source>
        <translation>Yes, I am here</translation>
    </message>
</context>
<context>
    <name>WizardFrame</name>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_frame.py" line="278"/>
        <source>Back</source>
        <extracomment>A &quot;please wait&quot; only when something really takes time. How often the resend countdown is redrawn. The &quot;are you still here?&quot; countdown ran out: the kiosk resets as on any idle timeout. Emitted by :meth:`clear` once every widget is wiped (the driver forgets too).</extracomment>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_frame.py" line="279"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_frame.py" line="280"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_frame.py" line="281"/>
        <source>Please wait…</source>
        <translation>Please wait…</translation>
    </message>
</context>
<context>
    <name>WizardTexts</name>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="31"/>
        <source>Please fill this in.</source>
        <translation>Please fill this in.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="33"/>
        <source>This is not a card number. Check the 13 digits under the barcode.</source>
        <translation>This is not a card number. Check the 13 digits under the barcode.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="35"/>
        <source>This phone number is not complete or not valid.</source>
        <translation>This phone number is not complete or not valid.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="37"/>
        <source>Please enter a mobile number: the code comes by SMS.</source>
        <translation>Please enter a mobile number: the code comes by SMS.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="40"/>
        <source>Only Belarusian (+375) and Russian (+7) mobile numbers are accepted.</source>
        <translation>Only Belarusian (+375) and Russian (+7) mobile numbers are accepted.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="44"/>
        <source>Use letters only; a hyphen, an apostrophe or a space may join words.</source>
        <translation>Use letters only; a hyphen, an apostrophe or a space may join words.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="47"/>
        <source>At most %n characters, please.</source>
        <translation>
            <numerusform>At most %n character, please.</numerusform>
            <numerusform>At most %n characters, please.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="49"/>
        <source>The birth date cannot be in the future.</source>
        <translation>The birth date cannot be in the future.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="51"/>
        <source>The program is open from the age of %n.</source>
        <translation>
            <numerusform>The program is open from the age of %n.</numerusform>
            <numerusform>The program is open from the age of %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="53"/>
        <source>Please check the year of birth.</source>
        <translation>Please check the year of birth.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="55"/>
        <source>This email address is not valid, e.g. name@mail.by.</source>
        <translation>This email address is not valid, e.g. name@mail.by.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="57"/>
        <source>The address is too long.</source>
        <translation>The address is too long.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="59"/>
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>The password needs at least %n character.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="61"/>
        <source>The password is too long.</source>
        <translation>The password is too long.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="63"/>
        <source>The password needs at least one letter.</source>
        <translation>The password needs at least one letter.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="65"/>
        <source>The password needs at least one digit.</source>
        <translation>The password needs at least one digit.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="67"/>
        <source>The two passwords differ. Please type the same password twice.</source>
        <translation>The two passwords differ. Please type the same password twice.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="69"/>
        <source>Please accept the program rules to register.</source>
        <translation>Please accept the program rules to register.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="70"/>
        <source>Please check this field.</source>
        <translation>Please check this field.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="76"/>
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="78"/>
        <source>, with at least one letter and one digit.</source>
        <translation>, with at least one letter and one digit.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="80"/>
        <source>, with at least one letter.</source>
        <translation>, with at least one letter.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="82"/>
        <source>, with at least one digit.</source>
        <translation>, with at least one digit.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="91"/>
        <source>This phone number already has an account.</source>
        <translation>This phone number already has an account.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="94"/>
        <source>This card is already registered. Scan it on the start screen to see its balance.</source>
        <translation>This card is already registered. Scan it on the start screen to see its balance.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="98"/>
        <source>This card is blocked. Please ask the cashier.</source>
        <translation>This card is blocked. Please ask the cashier.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="101"/>
        <source>This card has not been sold yet. Please ask the cashier to activate it.</source>
        <translation>This card has not been sold yet. Please ask the cashier to activate it.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="104"/>
        <source>We do not know this card. Check the number or ask the cashier.</source>
        <translation>We do not know this card. Check the number or ask the cashier.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="106"/>
        <source>Your account already has the most cards allowed.</source>
        <translation>Your account already has the most cards allowed.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="108"/>
        <source>This card belongs to another account and cannot be added to yours.</source>
        <translation>This card belongs to another account and cannot be added to yours.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="110"/>
        <source>Wrong code.</source>
        <translation>Wrong code.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="112"/>
        <source>The code has expired. Ask for a new one.</source>
        <translation>The code has expired. Ask for a new one.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="114"/>
        <source>This code has already been used. Please start again.</source>
        <translation>This code has already been used. Please start again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="116"/>
        <source>Too many wrong codes. Please start again.</source>
        <translation>Too many wrong codes. Please start again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="118"/>
        <source>No more codes can be sent now. Please try again later.</source>
        <translation>No more codes can be sent now. Please try again later.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="120"/>
        <source>A new code can be sent a little later.</source>
        <translation>A new code can be sent a little later.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="122"/>
        <source>Wrong phone number or password.</source>
        <translation>Wrong phone number or password.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="124"/>
        <source>You were signed out after a while. Please sign in again.</source>
        <translation>You were signed out after a while. Please sign in again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="126"/>
        <source>Too many tries. Please wait a few minutes and try again.</source>
        <translation>Too many tries. Please wait a few minutes and try again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="129"/>
        <source>The loyalty service cannot be reached right now. Please try again later.</source>
        <translation>The loyalty service cannot be reached right now. Please try again later.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="132"/>
        <source>Something went wrong. Please try again later.</source>
        <translation>Something went wrong. Please try again later.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="134"/>
        <source>Support: %1</source>
        <translation>Support: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="138"/>
        <source>Wrong code. Tries left: %n.</source>
        <translation>
            <numerusform>Wrong code. Tries left: %n.</numerusform>
            <numerusform>Wrong code. Tries left: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="141"/>
        <source>New code in %1</source>
        <translation>New code in %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="146"/>
        <source>Start again with a new code</source>
        <translation>Start again with a new code</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="148"/>
        <source>No more codes can be sent</source>
        <translation>No more codes can be sent</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="150"/>
        <source>Send a new code</source>
        <translation>Send a new code</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="154"/>
        <source>A new code has been sent.</source>
        <translation>A new code has been sent.</translation>
    </message>
</context>
<context>
    <name>PriceScreen</name>
    <message>
        <source>Price check</source>
        <translation>Price check</translation>
    </message>
    <message>
        <source>Regular price</source>
        <translation>Regular price</translation>
    </message>
    <message>
        <source>No discount when paying with an installment card such as «Халва».</source>
        <translation>No discount when paying with an installment card such as «Халва».</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <source>Shelf tag: %1</source>
        <translation>Shelf tag: %1</translation>
    </message>
    <message>
        <source>Your price with your card</source>
        <translation>Your price with your card</translation>
    </message>
    <message>
        <source>Card price</source>
        <translation>Card price</translation>
    </message>
    <message>
        <source>You save %1 (%2%)</source>
        <translation>You save %1 (%2%)</translation>
    </message>
    <message>
        <source>A card saves %1 (%2%)</source>
        <translation>A card saves %1 (%2%)</translation>
    </message>
    <message>
        <source>%1 today: −%2% on the whole range, already in these prices.</source>
        <translation>%1 today: −%2% on the whole range, already in these prices.</translation>
    </message>
    <message>
        <source>Show your card at the checkout and the card price is yours.</source>
        <translation>Show your card at the checkout and the card price is yours.</translation>
    </message>
    <message>
        <source>This product has one price for everyone. Scan your card to check another product, or register a card at this kiosk.</source>
        <translation>This product has one price for everyone. Scan your card to check another product, or register a card at this kiosk.</translation>
    </message>
    <message>
        <source>Scan your card to see your price. No card yet? Register one at this kiosk: card prices work from the first purchase.</source>
        <translation>Scan your card to see your price. No card yet? Register one at this kiosk: card prices work from the first purchase.</translation>
    </message>
    <message>
        <source>Ask at the counter for this item&apos;s price</source>
        <translation>Ask at the counter for this item&apos;s price</translation>
    </message>
    <message>
        <source>Weighed goods and items made in the store are priced on their label or at the counter.</source>
        <translation>Weighed goods and items made in the store are priced on their label or at the counter.</translation>
    </message>
    <message>
        <source>Prices cannot be checked right now</source>
        <translation>Prices cannot be checked right now</translation>
    </message>
    <message>
        <source>Please look at the shelf tag or ask a cashier, or try again in a few minutes.</source>
        <translation>Please look at the shelf tag or ask a cashier, or try again in a few minutes.</translation>
    </message>
    <message>
        <source>No price for this product</source>
        <translation>No price for this product</translation>
    </message>
    <message>
        <source>Please ask a cashier: they will check the price for you.</source>
        <translation>Please ask a cashier: they will check the price for you.</translation>
    </message>
</context>
</TS>
