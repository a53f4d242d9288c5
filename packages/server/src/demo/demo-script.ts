// The demo production's screenplay, written for Greenlight: a white first draft and a blue revision that adds
// a scene, drops one, renumbers and rewrites others, so the demo shows a breakdown carried across a revision.

export const DEMO_SCRIPT_WHITE = `Title: The Harbour Light
Credit: written by
Author: Ines Calder
Draft date: 2026-09-14

INT. HARBOUR OFFICE - NIGHT #1#

Rain against the windows. Charts pinned over charts. MARGOT (50s, harbourmaster, reading glasses on a cord) works the RADIO SET.

MARGOT
Harbour to Northern Star, come in.

A burst of STATIC. Then TOMAS, over the radio, breathless.

TOMAS (V.O.)
Engine's dead. We're drifting toward the breakwater.

MARGOT
Drop the anchor. I'm sending the launch.

She grabs a YELLOW OILSKIN from the hook and a FLASHLIGHT from the drawer.

EXT. HARBOUR QUAY - NIGHT #2#

Waves break over the quay. Margot runs past stacked LOBSTER POTS to the PILOT LAUNCH, its engine already coughing.

DOCKWORKERS wrestle a mooring line. One of them, KAI (20s), shouts over the wind.

KAI
You can't take her out in this!

MARGOT
Watch me.

EXT. OPEN SEA - NIGHT #3#

The FISHING BOAT Northern Star lists hard. Tomas, soaked, fights to free a tangled NET from the winch.

TOMAS
Come on, come on...

A WAVE slams over the bow. He goes down.

INT. LIGHTHOUSE LAMP ROOM - NIGHT #4#

OLD PIET (80s) winds the clockwork of the great LENS by hand. The beam sweeps the storm.

PIET
(to himself)
Forty years and she has never gone dark.

The lamp FLICKERS. Piet freezes.

EXT. OPEN SEA - CONTINUOUS #5#

The launch crests a wave. Margot throws a LIFE RING. Tomas grabs it.

MARGOT
I've got you. Hold on!

INT. HARBOUR OFFICE - DAY #6#

Grey morning. Tomas, wrapped in a BLANKET, drinks coffee from a dented THERMOS. Margot fills in the INCIDENT LOG.

ELENA (30s, a reporter with a camera bag) knocks on the open door.

ELENA
They're saying the light went out last night.

MARGOT
They're saying a lot of things.

TOMAS
It flickered. I saw it.
`;

/**
 * The blue revision, written as the changes a writer made to the white draft: the lamp room (scene 4) is cut
 * for a new exterior on the lighthouse gallery (3A), and Tomas's struggle in scene 3 is rewritten.
 */
export const DEMO_SCRIPT_BLUE = DEMO_SCRIPT_WHITE.replace(
  'Draft date: 2026-09-14',
  'Draft date: 2026-10-02',
)
  .replace(
    'fights to free a tangled NET from the winch',
    'hacks at a tangled NET with a FILLETING KNIFE',
  )
  .replace(
    /INT\. LIGHTHOUSE LAMP ROOM - NIGHT #4#[\s\S]*?(?=EXT\. OPEN SEA - CONTINUOUS #5#)/,
    `EXT. LIGHTHOUSE GALLERY - NIGHT #3A#

Wind screams around the iron rail. Old PIET (80s) hauls himself up the outside ladder with a TOOLBOX.

PIET
Not tonight. Not on my watch.

`,
  );
