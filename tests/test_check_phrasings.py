"""A phrasing battery for `ordinance check`: operative clauses in the drafting styles of US city
and county codes, and near misses that mention an element without requiring it.

Every sentence was written for this test from knowledge of how local law is drafted ("shall",
"must", passive duties, "no department may", "it shall be unlawful", "is authorized only upon",
"prior to ..., the Chief shall", conditions with "only if", "unless", "except upon", deadlines "on
or before March 31 of each year", list items whose lead-in carries the duty; Common Councils,
Boards of Aldermen and Supervisors, Town Meetings, Select Boards, Metro Councils, Commissioners
Courts), without reading any held-out text of tests/check_corpus. It measures how the rules
generalise beyond the texts they were written from; it is not a corpus of real ordinances.
"""

from __future__ import annotations

import pytest

from ordinance.checklist import ALL_IDS
from ordinance.scorecard import Status, check_text
from ordinance.scorecard.gate import describes_a_body, describes_no_law
from ordinance.scorecard.passages import passages_from_text

# Code section headings as code websites print them; clauses take them in turn, so a style that
# did not read as law would fail the operative clauses (and not pass the near misses vacuously).
HEADING_STYLES = (
    "Sec. 2-345. - {}.",
    "§ 9.64.030. {}.",
    "14.18.020 {}",
    "SECTION 4. {}.",
    "Section 3-12-070 - {}.",
)
# The title of the section a clause stands in (the near misses stand under the same titles).
SECTION_TITLES = {
    "council_approval": "Approval required", "approval_standard": "Standard for approval",
    "public_hearing_notice": "Public hearing", "community_engagement": "Community engagement",
    "impact_report": "Surveillance impact report", "use_policy": "Use policy",
    "existing_technology": "Existing technology", "partnership_termination": "Existing agreements",
    "footage_requests": "Private footage", "no_subsidy_or_promotion": "Private cameras",
    "nda_prohibition": "Contracts", "data_sharing_limits": "Data sharing",
    "annual_report": "Annual report", "oversight_body": "Review", "exigent_circumstances":
    "Exigent circumstances", "public_records": "Publication", "enforcement": "Enforcement",
    "whistleblower": "Employee protection", "facial_recognition_ban": "Face recognition",
    "military_equipment": "Military equipment", "sunset_review": "Expiration of approvals",
    "title": "Administration", "findings": "Administration", "enacting_clause": "Administration",
    "signature_block": "Administration", "severability": "Severability",
    "effective_date": "Effective date", "definitions": "Definitions",
}  # fmt: skip
IN_A_SECTION = {"severability", "effective_date", "definitions"}

# Operative clauses, each placed alone in a code section: every one must be found (present, or
# partial where one clause cannot hold all of an element's aspects).
OPERATIVE: dict[str, list[str]] = {
    "council_approval": [
        "No department shall acquire surveillance technology without the consent of the City "
        "Council.",
        "Prior to accepting grant funds for surveillance technology, the Chief of Police shall "
        "obtain the approval of the Board of Aldermen.",
        "The Town Manager shall seek Select Board approval before the Town acquires surveillance "
        "technology.",
        "The purchase of surveillance technology is authorized only upon the approval of the "
        "Metro Council by ordinance.",
        "It shall be unlawful for any city department to acquire or use surveillance technology "
        "except upon the prior approval of the City Council.",
        "Town Meeting approval is required before any town department acquires surveillance "
        "technology.",
        "A department may use a new surveillance technology only if the Board of County "
        "Commissioners has first approved its use by ordinance.",
        "Each department shall obtain approval of the Common Council by ordinance prior to any of "
        "the following:\n\n(1) Seeking or accepting funds for surveillance technology;\n\n(2) "
        "Acquiring or borrowing surveillance technology; or\n\n(3) Using surveillance technology "
        "for a purpose not previously approved.",
        "The approval of the City Council shall be obtained before any department acquires "
        "surveillance technology.",
        "City Council authorization is required before any department acquires surveillance "
        "technology.",
    ],
    "approval_standard": [
        "The City Council shall approve a request only if it determines that the benefits of the "
        "surveillance technology outweigh its costs and that the use policy will safeguard civil "
        "liberties.",
        "The Board may not approve any surveillance technology unless it finds that its benefits "
        "to the community outweigh its financial and privacy costs.",
        "Approval shall be granted only upon a finding by the Common Council that the benefits "
        "outweigh the costs, including the risk of disparate impact on any community.",
        "Before approving a surveillance use policy, the Board of Supervisors must determine that "
        "the benefits of the technology outweigh the costs and that civil rights are protected.",
        "No approval shall issue unless the Council first finds that the technology's benefits "
        "outweigh its costs to privacy and civil rights.",
        "The council must reject the proposal unless the benefits to public safety clearly "
        "outweigh the costs, including the costs to civil liberties.",
        "The Council may approve a surveillance technology only if it finds that the use policy "
        "safeguards civil liberties and civil rights and that the technology will not be used in "
        "a discriminatory manner.",
        "The Board of Supervisors shall not approve a request unless it determines that the "
        "technology will not have a disparate impact on any community.",
    ],
    "public_hearing_notice": [
        "The City Council shall hold a public hearing on each request at least thirty (30) days "
        "after the impact report is posted.",
        "No surveillance technology may be approved except after a public hearing noticed at "
        "least fourteen (14) days in advance.",
        "Prior to approving a surveillance use policy, the Board of Supervisors shall conduct a "
        "public hearing, notice of which shall be published in a newspaper of general circulation.",
        "Approval of any surveillance technology shall occur only at a properly noticed public "
        "hearing of the Board of Aldermen.",
        "The Commissioners Court must hold at least one public hearing before it votes on a "
        "request to acquire surveillance technology.",
        "A request shall be placed on the agenda of a public hearing, and the notice of the "
        "hearing shall be posted not later than ten (10) days before the hearing.",
        "The Council shall not approve a request until it has:\n\nA. Published notice of a public "
        "hearing at least fifteen (15) days in advance; and\n\nB. Held the public hearing.",
        "The City Council shall schedule a public hearing on each request for approval.",
        "The Council shall consider each request at a meeting open to the public, after notice "
        "published at least ten (10) days in advance.",
        "A request for approval must be heard at a public hearing of the Common Council.",
    ],
    "community_engagement": [
        "The department shall hold at least one community meeting in each affected neighborhood "
        "before the request is heard.",
        "Each impact report shall be open to a written comment period of not less than forty-five "
        "(45) days.",
        "Before submitting a request, the Chief must conduct community outreach, including at "
        "least two community meetings and an opportunity for public comment.",
        "The notice of each hearing shall be translated into every language spoken by at least "
        "five percent of the city's residents.",
        "The department head shall solicit community input through public meetings and shall "
        "accept written comments for thirty (30) days.",
        "A public comment period of sixty (60) days shall follow the posting of each draft use "
        "policy.",
    ],
    "impact_report": [
        "Each department seeking approval shall submit a surveillance impact report to the "
        "Council.",
        "Prior to the acquisition of any surveillance technology, the Chief shall prepare a "
        "surveillance impact report describing the technology, its costs and its potential "
        "effects on civil rights.",
        "A surveillance impact report must accompany every request for approval under this "
        "article.",
        "No request shall be considered unless the department has first submitted a surveillance "
        "impact report.",
        "The department head shall file with the Clerk of the Board a surveillance impact report "
        "for each proposed technology not later than ninety (90) days before the hearing.",
        "The Sheriff shall present an impact report to the Board of Supervisors that includes the "
        "fiscal cost of the technology and its data retention practices.",
        "A privacy impact assessment shall be completed for each proposed technology.",
    ],
    "use_policy": [
        "Each department shall submit a surveillance use policy to the City Council for approval.",
        "No department may use surveillance technology unless a use policy for it has been "
        "approved by the Board.",
        "The use policy shall be binding on every employee who operates the technology.",
        "Prior to deploying any drone, the Chief of Police shall adopt a written policy governing "
        "its use, data retention and access.",
        "A department using surveillance technology must comply with its approved surveillance "
        "use policy.",
        "Each department head shall develop a surveillance use policy that sets out authorized "
        "uses, retention periods and rules on sharing.",
        "Each department must submit to the Board of Supervisors for approval:\n\n(1) A "
        "surveillance use policy; and\n\n(2) A surveillance impact report.",
        "The use of each surveillance technology shall be governed by a use policy approved by "
        "the Council.",
        "Every department that operates a drone shall have a written drone policy approved by the "
        "Board of Aldermen.",
        "The Police Department shall adopt standard operating procedures governing the use of "
        "each surveillance technology.",
    ],
    "existing_technology": [
        "Within one hundred twenty (120) days of the effective date of this chapter, each "
        "department possessing surveillance technology shall submit a use policy for it.",
        "Each department that uses surveillance technology on the effective date of this "
        "ordinance shall submit an inventory of that technology to the Council not later than "
        "ninety (90) days after that date.",
        "Any surveillance technology in use prior to the effective date of this article shall be "
        "submitted for approval within one hundred eighty (180) days, and its use shall cease if "
        "the Council does not approve it.",
        "Not later than sixty (60) days after the effective date of this chapter, the City "
        "Manager shall publish an inventory of all surveillance technology currently in use.",
        "A department that acquired surveillance technology before the effective date of this "
        "ordinance shall discontinue its use unless the Board of Supervisors approves it within "
        "one (1) year.",
        "The Police Department shall submit a master list of its existing surveillance technology "
        "within sixty (60) days.",
        "Each department shall, within ninety (90) days, submit a use policy for each "
        "surveillance technology in its possession on the effective date of this chapter.",
        "Within one hundred eighty (180) days after the effective date of this article, each "
        "department shall submit a use policy for each surveillance technology it uses.",
        "Any department currently using surveillance technology shall submit a surveillance "
        "impact report and use policy for that technology within one hundred twenty (120) days.",
    ],
    "partnership_termination": [
        "Any agreement that gives the Police Department access to a private camera network shall "
        "terminate ninety (90) days after the effective date of this chapter.",
        "Each existing partnership with a privately owned camera network shall end within sixty "
        "(60) days unless the Council approves it under this chapter.",
        "The City shall withdraw from every agreement with a law enforcement portal operated by a "
        "doorbell camera vendor within thirty (30) days.",
        "All contracts that provide access to private surveillance cameras are void and shall not "
        "be renewed.",
        "No later than ninety (90) days after the effective date, the Chief shall terminate any "
        "memorandum of understanding under which residents' privately owned cameras are "
        "registered with the Department.",
        "Every arrangement by which the Department receives live feeds from a private camera "
        "network shall cease on the effective date of this section.",
    ],
    "footage_requests": [
        "No department may obtain footage recorded by a privately owned camera without a judicial "
        "warrant or the owner's written consent.",
        "The Metropolitan Government shall not acquire data from privately owned surveillance "
        "technology except with the owner's direct consent or a court order.",
        "A city employee may request video from a private business only with a warrant or with "
        "the voluntary, informed, written consent of the business owner.",
        "It shall be unlawful for any department to obtain recordings from residents' cameras "
        "absent a warrant or the resident's consent.",
        "Footage from a private camera may be received by the Department only upon a subpoena or "
        "the written consent of its owner.",
        "No officer shall access images held by a private person without a warrant unless the "
        "owner consents in writing.",
    ],
    "no_subsidy_or_promotion": [
        "No department shall use public funds to subsidize the purchase of private surveillance "
        "cameras by residents.",
        "The city shall not offer rebates, discounts or other incentives to residents for the "
        "purchase of home security cameras.",
        "It shall be unlawful for any employee to promote or market a vendor's surveillance "
        "products or cameras.",
        "No city funds may be used to provide free or discounted cameras to homeowners or "
        "businesses.",
        "Departments are prohibited from accepting free devices from a camera vendor in exchange "
        "for promoting its products.",
        "The County shall not provide any subsidy, voucher or in-kind benefit toward private "
        "cameras.",
    ],
    "nda_prohibition": [
        "No agreement for surveillance technology shall contain a non-disclosure term, and any "
        "such term is void.",
        "A department may not enter into any contract that includes a confidentiality clause "
        "preventing disclosure of the terms to the Council or the public.",
        "Any non-disclosure agreement with a vendor of surveillance technology is prohibited.",
        "It shall be unlawful for any department to sign a nondisclosure agreement with a "
        "surveillance vendor.",
        "Confidentiality provisions in contracts for surveillance technology that conflict with "
        "this chapter or the public records law are null and void.",
        "No city official shall enter into a non-disclosure agreement concerning surveillance "
        "technology.",
    ],
    "data_sharing_limits": [
        "No department shall share surveillance data with another agency except as the approved "
        "use policy allows.",
        "The department shall not make license plate data available to any other agency.",
        "Surveillance data may be disclosed to a federal agency only upon a judicial warrant.",
        "It shall be unlawful for any department to provide footage to an immigration enforcement "
        "agency.",
        "The Sheriff may not share information gathered by a drone with any other jurisdiction "
        "except as required by law.",
        "Recordings may be shared only with other law enforcement agencies for an ongoing "
        "criminal investigation, and each disclosure shall be logged.",
        "Under no circumstances shall data from the system be released to a private entity.",
        "Surveillance data shall not be shared with any federal agency for the purpose of "
        "immigration enforcement.",
        "A department shall not sell, lease or otherwise provide surveillance data to any person "
        "or vendor.",
        "No license plate data may be shared with a private party.",
    ],
    "annual_report": [
        "Each department head shall submit an annual surveillance report to the Council on or "
        "before March 31 of each year.",
        "The Chief of Police must file with the Clerk an annual report on each surveillance "
        "technology used in the preceding calendar year.",
        "On or before February 1 of each year, the Sheriff shall present to the Board of "
        "Supervisors a report on the use of every approved technology.",
        "Not later than ninety (90) days after the end of each fiscal year, the City Manager "
        "shall provide the Select Board a report on the use of surveillance technology.",
        "Every year, each department using surveillance technology shall prepare a written report "
        "to the council describing its use.",
        "Not later than ninety (90) days after the end of each calendar year, each department "
        "head shall:\n\n(a) Prepare an annual surveillance report for each approved technology; "
        "and\n\n(b) Submit the report to the Board of Aldermen.",
        "Each department shall report to the Council on an annual basis on its use of "
        "surveillance technology.",
        "The Chief shall submit a yearly report to the Board of Supervisors on the use of license "
        "plate readers.",
        "Once a year, the City Manager shall submit a written report "
        "to the Council on each surveillance technology in use.",
        "The Surveillance Report shall be submitted each year by March 15 to the Common Council.",
    ],
    "oversight_body": [
        "The Privacy Advisory Commission shall review each surveillance impact report and "
        "recommend to the Council whether to approve it.",
        "There is hereby established a Surveillance Technology Advisory Board of seven members.",
        "The Police Oversight Commission shall review every use policy and annual report before "
        "the Council acts on it.",
        "A surveillance advisory committee is hereby created to advise the Board of Supervisors "
        "on requests to acquire surveillance technology.",
        "The Technology Oversight Board must evaluate each request and make a written "
        "recommendation to the Board of Aldermen.",
        "The Community Privacy Board shall consider each proposed use policy and shall advise the "
        "Metro Council.",
        "The Surveillance Advisory Committee shall review each annual report and shall recommend "
        "to the Commissioners Court whether the use should continue.",
        "The Police Commission shall review each surveillance use policy and make a "
        "recommendation to the City Council.",
        "The Public Safety Committee of the Common Council shall review each surveillance impact "
        "report before the Council acts.",
    ],
    "exigent_circumstances": [
        "A department may use surveillance technology without prior approval in exigent "
        "circumstances, but shall report the use to the Council within thirty (30) days.",
        "In an emergency involving imminent danger of death or serious physical injury, the Chief "
        "may use unapproved technology, provided that the use shall cease when the emergency ends.",
        "Any temporary use in exigent circumstances must end within seven (7) days, and the "
        "department shall submit a written report of the use to the Board within ten (10) days "
        "after it ends.",
        "Emergency use of surveillance technology shall be reported to the Common Council no "
        "later than forty-five (45) days after the use began.",
        "If surveillance technology is used in exigent circumstances, the department head shall "
        "notify the Commissioners Court within seventy-two (72) hours.",
        "Exigent use shall be limited to the duration of the emergency, and the department shall "
        "not retain any data collected except as evidence of a crime.",
        "A department that uses surveillance technology in exigent circumstances shall:\n\n1. "
        "Cease the use when the exigency ends;\n\n2. Report the use to the Council within thirty "
        "(30) days.",
        "In the event of an emergency, a department may temporarily use surveillance technology, "
        "but such use shall not exceed thirty (30) days.",
    ],
    "public_records": [
        "The department shall post each approved use policy and annual report on the City's "
        "website.",
        "Each surveillance impact report shall be made available to the public on the County's "
        "website at least fifteen (15) days before the hearing.",
        "The Clerk shall publish the inventory of surveillance technology online.",
        "All annual surveillance reports must be posted on a publicly accessible website within "
        "ten (10) days of their submission.",
        "The City Manager shall make the use policies and agreements for surveillance technology "
        "publicly available on the City's web site.",
        "Within thirty (30) days after approval, the department shall publish the approved use "
        "policy on the internet.",
        "The annual report shall be a public record and shall be available to the public at the "
        "Clerk's office and online.",
        "The Clerk shall maintain on the County's website a list of all approved surveillance "
        "technology.",
    ],
    "enforcement": [
        "Any person may institute proceedings for injunctive relief, declaratory relief or a writ "
        "of mandate to enforce this chapter.",
        "A violation of this chapter constitutes an injury, and any person may bring an action in "
        "any court of competent jurisdiction to enforce it.",
        "Any person who knowingly violates this article is guilty of a misdemeanor.",
        "A prevailing plaintiff in an action under this section shall be awarded reasonable "
        "attorney's fees and costs.",
        "Any data collected in violation of this ordinance shall be expunged, and the violation "
        "shall be grounds for disciplinary action.",
        "A violation of this chapter is punishable by a civil penalty of up to $1,000 per "
        "violation.",
        "Any resident of the city may file suit in superior court to compel compliance with this "
        "chapter.",
        "Any violation of this chapter shall be punishable by a fine not to exceed five hundred "
        "dollars ($500).",
        "Any aggrieved person may bring a civil action to enforce this article.",
        "The City Attorney may bring a civil action to enforce this chapter.",
    ],
    "whistleblower": [
        "No department shall retaliate against an employee who reports a violation of this "
        "chapter.",
        "It shall be unlawful for any city officer to take any adverse personnel action against "
        "an employee for disclosing information about a violation of this article.",
        "Retaliation against any employee or contractor who reports a suspected violation of this "
        "chapter is prohibited.",
        "Any employee who in good faith reports a violation of this ordinance shall be protected "
        "from retaliation.",
        "A disclosure by an employee of a violation of this chapter is a protected disclosure, "
        "and no reprisal shall be taken against the employee.",
        "No county employee may be discharged, demoted or otherwise retaliated against for "
        "reporting a misuse of surveillance technology.",
        "No department shall take any of the following actions against an employee who reports a "
        "violation of this chapter:\n\n(a) Discharge;\n\n(b) Demotion; or\n\n(c) Any other "
        "retaliation.",
        "No employee shall be discharged or disciplined for reporting a violation of this chapter.",
        "A department shall not take adverse employment action against any employee because the "
        "employee disclosed a violation of this article.",
    ],
    "facial_recognition_ban": [
        "It shall be unlawful for any department to obtain or use face recognition technology.",
        "No city official or department may acquire, retain, access or use any face surveillance "
        "system or any information obtained from one.",
        "The use of facial recognition technology by any county department is prohibited.",
        "A department shall not purchase, lease or deploy facial recognition technology.",
        "No department shall enter into any agreement with a third party for the purpose of using "
        "face recognition technology on the city's behalf.",
        "The City and its officials are prohibited from using biometric surveillance technology.",
        "Notwithstanding any other provision of this chapter, no department shall obtain, retain, "
        "access or use any face recognition technology.",
    ],
    "military_equipment": [
        "A department shall obtain Council approval by ordinance before it acquires military "
        "equipment.",
        "The Police Department must submit a military equipment use policy to the Board of "
        "Supervisors for approval.",
        "No department may acquire an armored vehicle through the federal 1033 program without "
        "the approval of the City Council.",
        "The Sheriff shall submit an annual military equipment report to the Board.",
        "Prior to accepting any military equipment from a federal agency, the Chief of Police "
        "shall obtain approval of the Common Council.",
        "The acquisition of military-style equipment is prohibited unless approved by resolution "
        "of the Town Council.",
        "The governing body shall approve a military equipment use policy by ordinance before any "
        "department requests military equipment.",
    ],
    "sunset_review": [
        "Each approval shall expire five (5) years after it is granted unless the Council renews "
        "it.",
        "Any authorization under this chapter shall lapse after three (3) years unless "
        "reauthorized by the Board of Supervisors.",
        "Approval of a surveillance technology shall terminate four (4) years after the date of "
        "approval unless the Common Council re-approves it.",
        "Each authorization for the use of a drone expires on December 31 of the second year "
        "after it is granted, unless renewed.",
        "An approval under this article shall sunset two (2) years after it is granted unless the "
        "Council votes to renew it.",
        "The use of any approved technology shall terminate at the end of five (5) years unless "
        "the Board of Aldermen reauthorizes it.",
        "Every approval under this chapter is valid for a period of five (5) years and may be "
        "renewed by the Council.",
    ],
}

# Near misses in a code section: a permission ("may"), advice ("should", "is encouraged"), a
# definition with no duty, a past-tense account, another subject's duty. Each must be missing.
MENTIONS: dict[str, list[str]] = {
    "council_approval": [
        "The Council may approve the acquisition of surveillance technology.",
        "Departments are encouraged to seek Council approval before acquiring surveillance "
        "technology.",
        "\"Approval\" means a vote of the City Council authorizing surveillance technology.",
        "No department shall share surveillance data except as approved in the use policy adopted "
        "by the Council.",
        "Nothing in this chapter shall be construed to require Council approval for the purchase "
        "of office computers.",
    ],
    "approval_standard": [
        "The Council may consider whether the benefits of the technology outweigh its costs.",
        "In approving the cameras in 2020, the Council found that their benefits outweighed their "
        "costs.",
        "Departments should explain how the benefits of a technology outweigh its costs.",
        "The Council may approve a request if it finds that the applicant has paid the fee.",
        "The Council shall approve a request only if the department has submitted its impact "
        "report.",
    ],
    "public_hearing_notice": [
        "The Council may hold a public hearing on any request.",
        "The City Council held a public hearing on the drone program on May 4, 2021.",
        "Departments are encouraged to attend public hearings on surveillance technology.",
        "Complaints shall be heard by the Police Review Board at a public meeting.",
        "The Council may, in its discretion, hold a public hearing on any annual report.",
    ],
    "community_engagement": [
        "The department may hold community meetings on a request.",
        "Community meetings on the cameras were held in 2019.",
        "Departments should seek community input on surveillance technology.",
        "The Council shall approve the community development block grant.",
    ],
    "impact_report": [
        "The Council may request a surveillance impact report.",
        "\"Surveillance impact report\" means a written report on the effects of a surveillance "
        "technology.",
        "The surveillance impact report for the drone program was submitted on June 1, 2022.",
        "The Council should consider the surveillance impact report before it votes.",
        "The Council shall consider the impact on small businesses before adopting any fee.",
    ],
    "use_policy": [
        "Departments should develop a surveillance use policy for each technology.",
        "\"Surveillance use policy\" means a policy governing the use of a surveillance "
        "technology.",
        "Data collected in violation of the surveillance use policy shall be deleted.",
        "The Police Department adopted a use policy for its drones in 2021.",
        "Each department shall comply with the City's personnel policies.",
    ],
    "existing_technology": [
        "The master list was submitted on November 30.",
        "The City may review technology that was in use before the effective date of this chapter.",
        "Departments should keep an inventory of their equipment.",
        "\"Existing surveillance technology\" means technology in use before the effective date "
        "of this article.",
        "Before the effective date of this chapter, the Police Department used four drones.",
    ],
    "partnership_termination": [
        "The City may enter into agreements with private camera networks.",
        "The Police Department announced a partnership with a private camera network in 2021.",
        "\"Camera network partnership\" means an agreement under which the police may view "
        "privately owned cameras.",
        "Any agreement with a private camera network shall include the terms required by Section "
        "2-350.",
    ],
    "footage_requests": [
        "Officers may ask residents to share video footage through the portal.",
        "Residents are encouraged to register their private cameras and to consent to share "
        "footage.",
        "Members should obtain a warrant when a business owner refuses to consent to sharing "
        "footage.",
        "A department may accept footage that a resident voluntarily provides.",
    ],
    "no_subsidy_or_promotion": [
        "The program offers residents a rebate on doorbell cameras.",
        "The City may provide rebates to residents who purchase security cameras.",
        "Departments may promote crime prevention programs to businesses.",
        "The Department shall not promote any officer who has violated this chapter.",
    ],
    "nda_prohibition": [
        "The vendor asked the Town to sign a non-disclosure agreement.",
        "A department may enter into a non-disclosure agreement with a vendor.",
        "\"Non-disclosure agreement\" means a contract term that limits disclosure.",
        "Each department shall keep confidential the personal information of complainants.",
    ],
    "data_sharing_limits": [
        "Data is shared with federal agencies through a regional system.",
        "The department may share data with other law enforcement agencies.",
        "Departments should be careful when sharing data with third parties.",
        "The vendor shall provide the data to the department within ten days.",
        "Nothing in this section prohibits a department from sharing data with another agency as "
        "required by a court order.",
    ],
    "annual_report": [
        "The Council accepts the annual surveillance reports for 2023.",
        "\"Annual surveillance report\" means a written report on the use of a surveillance "
        "technology.",
        "The department may submit an annual report to the Council.",
        "The annual budget shall include the costs of each technology.",
        "The annual report required by Section 2-346 shall be in a form prescribed by the City "
        "Manager.",
    ],
    "oversight_body": [
        "The Privacy Advisory Commission met on Thursday.",
        "The Council may refer a request to the privacy advisory commission.",
        "\"Privacy Advisory Commission\" means the commission established by Chapter 2.",
        "The Police Review Board met on Thursday to hear complaints.",
        "The Board of Supervisors shall review the budget of each department.",
    ],
    "exigent_circumstances": [
        "\"Exigent circumstances\" means an emergency involving imminent danger of death or "
        "serious physical injury.",
        "Officers may use cameras in an emergency.",
        "During the 2020 emergency the Police Department used drones without notice to the "
        "Council.",
        "Officers may use any available technology in exigent circumstances.",
        "The requirements of this section shall not apply in exigent circumstances.",
    ],
    "public_records": [
        "Reports may be requested from the clerk.",
        "The department may post reports on its website.",
        "The 2022 annual report was posted on the City's website.",
        "Each department shall post signs at each camera location.",
    ],
    "enforcement": [
        "This chapter creates no private right of action.",
        "Nothing in this chapter creates a civil action against the City.",
        "The City Attorney may review complaints about surveillance technology.",
        "Penalties for parking violations are set out in Chapter 10.",
        "Any person may file a complaint with the Clerk.",
    ],
    "whistleblower": [
        "An employee reported a violation in 2020.",
        "Employees are encouraged to report violations of this chapter to their supervisor.",
        "The Chief shall not suspend the use of a camera because of a single complaint.",
        "Any employee who violates this chapter shall be subject to discipline.",
        "Employees who report violations may be eligible for protection under state law.",
    ],
    "facial_recognition_ban": [
        "Surveillance technology includes facial recognition software.",
        "A department may use facial recognition technology with Council approval.",
        "A law enforcement agency may not use a facial recognition match as the sole basis for an "
        "arrest.",
        "Face recognition technology is a form of biometric surveillance.",
        "Any use of face recognition technology shall be reported to the Council.",
    ],
    "military_equipment": [
        "The department received an armored vehicle in 2015.",
        "\"Military equipment\" has the meaning given in Government Code section 7070.",
        "Departments may borrow equipment from other agencies.",
        "The term surveillance technology does not include military equipment.",
    ],
    "sunset_review": [
        "The pilot program's sunset was discussed.",
        "The Council may review any approval at any time.",
        "\"Sunset date\" means the date on which an approval ends.",
        "The lease of the property shall terminate in five years unless renewed.",
    ],
    "title": [
        "Each ordinance shall be cited in the annual report by its number and date.",
        "The Clerk shall assign each ordinance a number and a title.",
        "The program formerly known as Community Connect is ended.",
    ],
    "findings": [
        "The Council's findings of fact on each request shall be in writing.",
        "If the Board finds that a department violated this chapter, it may suspend the use.",
        "The Council shall approve a request only when the Council finds that the benefits "
        "outweigh the costs.",
    ],
    "enacting_clause": [
        "An ordinance enacted under this chapter shall state its effective date.",
        "The ordinance was enacted by the Council in 2020.",
        "The Council will consider an ordinance next month.",
    ],
    "signature_block": [
        "The Mayor shall sign each ordinance within ten (10) days of its adoption.",
        "The vote on each request shall be recorded in the minutes.",
        "The clerk attests that the notices were posted.",
    ],
    "severability": [
        "The Council may sever any item from the consent calendar.",
        "The report shall describe the severity of each incident in each part of the city.",
        "Any employee whose position is eliminated shall receive severance pay under Section 4.",
    ],
    "effective_date": [
        "An approval under this chapter is effective for five (5) years.",
        "Technology in use before the effective date of this chapter is listed in the inventory.",
        "The use policy shall take effect upon approval by the Council.",
    ],
    "definitions": [
        "Each department shall define the purpose of each surveillance technology in its use "
        "policy.",
        "The department shall keep a list of each surveillance technology it uses.",
        "Staff explained what surveillance technology is.",
    ],
}

# The parts of the instrument as places print them. Severability, effective-date and definitions
# clauses are placed in a code section (alone they enact nothing); the others stand as printed.
FORM: dict[str, list[str]] = {
    "title": [
        "AN ORDINANCE OF THE CITY OF ELM ADDING CHAPTER 9.64 TO THE ELM MUNICIPAL CODE TO "
        "REGULATE SURVEILLANCE TECHNOLOGY",
        "ORDINANCE NO. 2024-15\n\nAN ORDINANCE OF THE BOARD OF SUPERVISORS OF THE COUNTY OF PINE "
        "AMENDING THE ADMINISTRATIVE CODE",
        "A LOCAL LAW to amend the administrative code of the city of Oak, in relation to "
        "surveillance technology",
        "Sec. 2-340. - Short title.\n\nThis article shall be known and may be cited as the "
        "Surveillance Oversight Ordinance.",
        "14.18.005 Title.\n\nThis chapter may be cited as the Community Control Over Police "
        "Surveillance Ordinance.",
        "BILL NO. 24-17\n\nAN ORDINANCE AMENDING TITLE 2 OF THE CODE OF THE CITY OF MAPLE",
        "An ordinance amending Chapter 14 of the Municipal Code relating to surveillance "
        "technology.",
        "A BILL FOR AN ORDINANCE amending Chapter 2 of the Revised Municipal Code concerning "
        "surveillance technology.",
    ],
    "findings": [
        "WHEREAS, the City Council finds that surveillance technology may threaten the privacy of "
        "residents; and",
        "Whereas, The Common Council recognizes that cameras can chill free association; now, "
        "therefore, be it",
        "Section 1. Findings.\n\nThe Board of Supervisors finds and declares that public "
        "oversight of surveillance is necessary.",
        "Sec. 2-341. - Legislative findings.\n\nThe Board of Aldermen finds as follows: "
        "surveillance can have a disparate impact on communities of color.",
        "SECTION 1. The City Council hereby finds that the acquisition of surveillance technology "
        "requires public debate.",
        "SECTION 1.\n\nThe City Council of the City of Elm finds and determines as follows:\n\nA. "
        "Surveillance technology can threaten privacy.",
        "RECITALS\n\nA. The City Council is committed to protecting civil liberties.\n\nB. The "
        "Council wishes to regulate surveillance technology.\n\nNOW, THEREFORE, the City "
        "Council of the City of Elm does ordain as follows:",
    ],
    "enacting_clause": [
        "BE IT ORDAINED BY THE CITY COUNCIL OF THE CITY OF ELM:",
        "The Board of Supervisors of the County of Pine does ordain as follows:",
        "Be it enacted by the Council of the Metropolitan Government of Oak County:",
        "NOW, THEREFORE, BE IT ORDAINED by the Common Council of the City of Maple as follows:",
        "The Town Council of the Town of Birch hereby ordains:",
        "THE PEOPLE OF THE CITY OF CEDAR DO ORDAIN AS FOLLOWS:",
        "The Board of Mayor and Aldermen of the Town of Ash do hereby ordain as follows:",
        "It is ordained by the Council of the City of Elm as follows:",
    ],
    "signature_block": [
        "Section 1. Rules.\n\nA rule.\n\nPASSED AND ADOPTED this 5th day of May, 2024, by the "
        "following vote:\nAYES: Members Able, Baker\nNOES: None\nABSENT: "
        "None\n\nATTEST:\n____________\nCity Clerk",
        "Section 1. Rules.\n\nA rule.\n\nAYES: 5\nNAYS: "
        "0\n\n______________________\nMayor\n\nATTEST: ______________________\nTown Clerk",
        "Section 1. Rules.\n\nA rule.\n\nADOPTED by the Board of Supervisors on June 3, 2025, by "
        "the following vote:\nAYES: Supervisors Ash, Birch and Cedar\nNOES: None\n\nATTEST: Clerk "
        "of the Board\n______________________",
        "Section 1. Rules.\n\nA rule.\n\nPassed by the City Council on May 3, 2023.\nYeas: "
        "7\nNays: 0\n\nAttest:\nCity Clerk",
        "Section 1. Rules.\n\nA rule.\n\nPASSED, APPROVED AND ADOPTED this 4th day of March, "
        "2024.\n\n____________________\nMayor\n\nATTEST:\n\n____________________\nCity Clerk",
    ],
    "severability": [
        "If any section, subsection, sentence, clause or phrase of this ordinance is for any "
        "reason held to be invalid, such decision shall not affect the validity of the remaining "
        "portions of this ordinance.",
        "The provisions of this chapter are severable.",
        "Should any provision of this article be declared unconstitutional by a court of "
        "competent jurisdiction, the remainder of the article shall remain in full force and "
        "effect.",
        "If any part of this local law is adjudged invalid, the judgment shall not affect the "
        "remaining parts.",
        "Each section and each part of each section of this ordinance is hereby declared to be an "
        "independent section, and the holding of any section or part to be void or unenforceable "
        "shall not affect the remaining sections.",
    ],
    "effective_date": [
        "This ordinance shall take effect thirty (30) days after its final passage.",
        "This ordinance shall be in full force and effect from and after its passage and "
        "publication as required by law.",
        "This chapter becomes effective on January 1, 2025.",
        "This local law shall take effect immediately.",
        "This ordinance shall become effective ten (10) days after publication.",
        "This ordinance shall be effective from and after its passage.",
        "This ordinance is effective upon its adoption.",
        "This ordinance shall be in force and take effect from and after its passage, "
        "approval and publication.",
    ],
    "definitions": [
        "\"Surveillance technology\" means any electronic device or system used to monitor "
        "identifiable individuals. It does not include office software.",
        "As used in this chapter, the following terms have the following meanings:\n\n(a) "
        "\"Department\" means any department of the City.",
        "For purposes of this article:\n\n(1) \"Surveillance data\" means any data collected by "
        "surveillance technology.",
        "The term \"surveillance technology\" shall mean any device used to track the movements "
        "of people.",
        "Surveillance technology. \"Surveillance technology\" means any software or device that "
        "collects audio or visual information about members of the public.",
        "Unless the context requires otherwise, the following definitions apply in this "
        "chapter:\n\n\"Drone\" means an unmanned aircraft.",
        "(A) Surveillance technology. Any electronic device used to monitor people.\n\n(B) "
        "Drone. An unmanned aircraft.",
    ],
}

# Whole documents about an ordinance that enact nothing (a staff report, news, an agenda, minutes,
# a police policy): every element must be missing.
DOCUMENTS: list[str] = [
    "STAFF REPORT\n\nTo: Honorable Mayor and City Council\nFrom: Chief of "
    "Police\n\nRECOMMENDATION\n\nStaff recommends that the City Council hold a public hearing and "
    "adopt the proposed ordinance, which would require each department to obtain Council approval "
    "before acquiring surveillance technology and to submit an annual surveillance "
    "report.\n\nBACKGROUND\n\nUnder the proposed ordinance, a department must prepare a "
    "surveillance impact report and a use policy for each technology.",
    "The ordinance requires the police department to obtain council approval before buying new "
    "surveillance technology. Under the new rules, departments must also submit annual reports "
    "and post their use policies online, Councilmember Ruiz said.\n\nThe ordinance bans the use "
    "of facial recognition technology by city departments, and anyone may sue to enforce it, "
    "according to the city attorney.",
    "AGENDA\n\nRegular Meeting of the Board of Supervisors\n\n1. Call to order\n\n2. Public "
    "hearing: surveillance use policy for automated license plate readers\n\n3. Exigent use "
    "report for March\n\n4. Introduction of an ordinance requiring annual surveillance reports "
    "and Board approval of surveillance technology",
    "MINUTES\n\nThe Council held a public hearing on the proposed surveillance ordinance. "
    "Councilmember Lee moved to approve the annual surveillance report for 2023; the motion "
    "carried 5-0. The Chief reported that the department used a drone in exigent circumstances on "
    "March 3 and notified the Council within ten days.",
    "Policy 609 Unmanned Aerial Systems\n\nPURPOSE AND SCOPE\n\nThis policy provides guidelines "
    "for the use of unmanned aerial systems.\n\nPROCEDURE\n\nMembers should obtain a warrant or "
    "the owner's consent before requesting footage from a privately owned camera. The Chief of "
    "Police or the authorized designee should submit an annual report on drone use to the City "
    "Council. Members should not share drone footage with other agencies.",
]


def in_code(element: str, clause: str, index: int) -> Status:
    heading = HEADING_STYLES[index % len(HEADING_STYLES)].format(SECTION_TITLES[element])
    return check_text(f"{heading}\n\n{clause}\n", "<battery>").verdict(element).status


def test_the_battery_covers_every_element() -> None:
    assert set(OPERATIVE) | set(FORM) == ALL_IDS
    assert set(MENTIONS) == ALL_IDS
    assert all(6 <= len(clauses) <= 10 for clauses in OPERATIVE.values())
    assert all(3 <= len(clauses) <= 5 for clauses in MENTIONS.values() )


@pytest.mark.parametrize("element", list(OPERATIVE))
def test_operative_clauses_are_found(element: str) -> None:
    missed = [
        clause
        for index, clause in enumerate(OPERATIVE[element])
        if in_code(element, clause, index) is Status.MISSING
    ]
    assert not missed, missed


@pytest.mark.parametrize("element", list(MENTIONS))
def test_near_misses_are_not_the_element(element: str) -> None:
    found = [
        clause
        for index, clause in enumerate(MENTIONS[element])
        if in_code(element, clause, index) is not Status.MISSING
    ]
    assert not found, found


@pytest.mark.parametrize("element", list(FORM))
def test_parts_of_the_instrument_are_found(element: str) -> None:
    missed = []
    for index, text in enumerate(FORM[element]):
        if element in IN_A_SECTION:
            status = in_code(element, text, index)
        else:
            status = check_text(text, "<battery>").verdict(element).status
        if status is Status.MISSING:
            missed.append(text)
    assert not missed, missed


# Whole code sections, where a duty is spread over a lead-in and its items or over subdivisions
# under a title, and sections that name an element without requiring it: (element, found, text).
SECTIONS: list[tuple[str, bool, str]] = [
    (
        "council_approval",
        True,
        "§ 4.20.030. Council decision.\n\nThe City Council shall determine whether to approve, "
        "disapprove or modify each proposed acquisition of surveillance technology.",
    ),
    (
        "data_sharing_limits",
        True,
        "§ 4.20.070. Sharing.\n\nSurveillance data shall be shared with other agencies only as "
        "authorized by the approved use policy.",
    ),
    (
        "exigent_circumstances",
        True,
        "Sec. 2-350. - Exigent circumstances.\n\n(a) In exigent circumstances, the Chief may "
        "temporarily acquire or use surveillance technology without Council approval.\n\n(b) The "
        "Chief shall report such acquisition or use to the Council in writing within ten (10) "
        "days.",
    ),
    (
        "council_approval",
        True,
        "Sec. 2-346. - Approval.\n\n(a) Prior to any of the following, a department shall obtain "
        "the approval of the Board of Mayor and Aldermen:\n\n(1) Accepting state or federal funds "
        "for surveillance technology;\n\n(2) Acquiring new surveillance technology;\n\n(3) Using "
        "surveillance technology for a new purpose.",
    ),
    (
        "annual_report",
        True,
        "Sec. 2-347. - Annual report.\n\n(a) By March 31 of each year, the chief of police shall "
        "submit to the city commission a written report that includes:\n\n(1) A summary of how "
        "each technology was used;\n\n(2) Any data sharing.",
    ),
    (
        "use_policy",
        True,
        "Sec. 2-348. - Use policies.\n\nThe following shall apply to each surveillance "
        "technology:\n\n(1) A use policy shall be adopted by the Council before the technology is "
        "used.",
    ),
    (
        "data_sharing_limits",
        True,
        "§ 9.10.050. Data sharing.\n\nA. The department shall not share ALPR data with:\n\n1. Any "
        "out-of-state agency; or\n\n2. Any federal agency for immigration enforcement.",
    ),
    (
        "public_records",
        True,
        "§ 9.10.060. Public access.\n\nAll approved surveillance use policies, impact reports and "
        "annual reports shall be posted on the City's website.",
    ),
    (
        "footage_requests",
        True,
        "§ 9.10.070. Private cameras.\n\nThe department may not access footage from a privately "
        "owned camera without first obtaining a search warrant or the consent of the owner.",
    ),
    (
        "whistleblower",
        True,
        "§ 9.10.080. Whistleblowers.\n\nNo employee shall be subject to any adverse action for "
        "reporting a violation of this chapter.",
    ),
    (
        "oversight_body",
        True,
        "§ 9.10.090. Privacy commission.\n\nThe Privacy Commission shall review and make "
        "recommendations on all surveillance use policies.",
    ),
    (
        "exigent_circumstances",
        False,
        "Sec. 2-350. - Emergencies.\n\n(a) In an emergency, the Chief may use any equipment "
        "available to the department.",
    ),
    (
        "annual_report",
        False,
        "Sec. 2-351. - Records.\n\nThe department shall retain each annual report for five years.",
    ),
    (
        "council_approval",
        False,
        "Sec. 2-352. - Budget.\n\nThe Council shall approve the annual budget of each department.",
    ),
    (
        "public_records",
        False,
        "Sec. 2-353. - Confidentiality.\n\nNo surveillance data shall be posted on any website.",
    ),
    (
        "whistleblower",
        False,
        "Sec. 2-354. - Discipline.\n\nAn employee who fails to report a violation of this chapter "
        "shall be subject to discipline.",
    ),
    (
        "data_sharing_limits",
        False,
        "Sec. 2-355. - Sharing.\n\nThe department may share data with any agency that requests it.",
    ),
]


# Batch 11's causes (branch check7) in other places' drafting styles, written for the test after
# batch 11 was measured: resolutions' resolving clauses, effective dates and captions; a
# permission bounded by "but only" or "only while"; the public's right to comment; access limited
# to named recipients; an emergency defined as an exception to a prohibition. (element, found,
# text): each "found" wording must be found, each near miss must stay missing.
RESOLUTION = "WHEREAS, surveillance cameras can chill free association; and\n\n"
CAUSES: list[tuple[str, bool, str]] = [
    ("enacting_clause", True, RESOLUTION + "NOW, THEREFORE, BE IT RESOLVED BY THE CITY COUNCIL OF "
     "THE CITY OF ELM, AS FOLLOWS:"),
    ("enacting_clause", True, RESOLUTION + "NOW, THEREFORE, THE BOARD OF SUPERVISORS OF THE "
     "COUNTY OF PINE DOES HEREBY RESOLVE AS FOLLOWS:"),
    ("enacting_clause", True, RESOLUTION + "Now, therefore, be it resolved by the Board of "
     "Commissioners of Oak County that the Sheriff shall report on drone use."),
    ("enacting_clause", True, RESOLUTION + "RESOLVED, That the Common Council directs the "
     "Department of Public Works to remove the cameras."),
    ("enacting_clause", True, RESOLUTION + "BE IT RESOLVED BY THE COMMISSIONERS COURT OF ASH "
     "COUNTY, TEXAS:"),
    ("enacting_clause", True, RESOLUTION + "The Select Board of the Town of Birch resolves as "
     "follows:"),
    ("enacting_clause", True, RESOLUTION + "ORDERED: That the City Council adopts the policy for "
     "license plate readers set out below."),
    ("enacting_clause", False, "Sec. 2-360. - Complaints.\n\nEach complaint shall be resolved by "
     "the Chief within thirty (30) days, unless the Council orders otherwise."),
    ("enacting_clause", False, "Sec. 2-361. - Disputes.\n\nA dispute over a request is resolved "
     "by a vote of the Council."),
    ("effective_date", True, RESOLUTION + "NOW, THEREFORE, BE IT RESOLVED, effective July 1, "
     "2025, that the Council adopts the camera policy."),
    ("effective_date", True, RESOLUTION + "BE IT FURTHER RESOLVED that this resolution shall take "
     "effect immediately upon its adoption."),
    ("effective_date", True, RESOLUTION + "NOW, THEREFORE, BE IT ORDAINED, effective thirty (30) "
     "days after publication, that Chapter 9 is amended as follows."),
    ("effective_date", True, RESOLUTION + "This Resolution shall become effective upon passage."),
    ("effective_date", False, "Sec. 2-362. - Approvals.\n\nEach resolution approving a use policy "
     "shall take effect upon its adoption by the Council."),
    ("effective_date", False, "Sec. 2-363. - Policies.\n\nThe use policy is effective when the "
     "Council approves it."),
    ("title", True, "PROPOSED RESOLUTION\n\nAPPROVING A POLICY FOR PUBLIC SAFETY CAMERAS\n\n"
     + RESOLUTION),
    ("title", True, "SUBSTITUTE ORDINANCE NO. 24-9\n\nREGULATING THE USE OF DRONES BY THE POLICE "
     "DEPARTMENT\n\n" + RESOLUTION),
    ("title", True, "File #: 24-0301\n\nTitle\n\nSponsors: Councilmember Ash, Councilmember "
     "Birch\n\nAmending Chapter 2 of the Code to require approval of surveillance technology.\n\n"
     "Body\n\n" + RESOLUTION),
    ("title", True, "TITLE\n\nA Resolution adopting a use policy for license plate readers\n\n"
     "BODY\n\n" + RESOLUTION),
    ("title", False, "Title\n\nHearing on the license plate reader contract\n\n" + RESOLUTION),
    ("title", False, "Title\n\nPresentation of the annual surveillance report\n\n" + RESOLUTION),
    ("exigent_circumstances", True, "Sec. 2-364. - Emergencies.\n\nIn an emergency involving "
     "imminent danger of death, the Chief is authorized to use a drone without Council approval, "
     "but only for so long as the emergency continues."),
    ("exigent_circumstances", True, "§ 9.20.040. Exigent use.\n\nThe Sheriff is permitted to use "
     "unapproved surveillance technology in exigent circumstances, but only for the duration of "
     "the exigency."),
    ("exigent_circumstances", True, "§ 9.20.050. Drones.\n\n(a) No agency shall use a drone to "
     "gather evidence without a warrant.\n\n(b) The prohibition in subsection (a) does not apply "
     "when an officer reasonably believes that an imminent threat to life requires the immediate "
     "use of a drone."),
    ("exigent_circumstances", True, "Sec. 2-365. - Exceptions.\n\nNothing in this section "
     "prohibits the use of an unmanned aircraft to prevent imminent harm to a person."),
    ("exigent_circumstances", True, "14.18.060 Drones.\n\nNotwithstanding Section 14.18.050, a "
     "law enforcement agency may use a drone if it reasonably believes there is an imminent "
     "danger of death or serious physical injury."),
    ("exigent_circumstances", False, "Sec. 2-366. - Meetings.\n\nNotwithstanding any other "
     "provision, the Council may meet by telephone in an emergency."),
    ("exigent_circumstances", False, "Sec. 2-367. - Scope.\n\nThis chapter does not apply to "
     "emergency medical services or to emergency management."),
    ("community_engagement", True, "Sec. 2-368. - Notice.\n\nInterested persons shall have "
     "fifteen (15) days from the date of the notice to file comments with the City Clerk."),
    ("community_engagement", True, "§ 9.20.060. Locations.\n\nThe Chief shall invite comments "
     "from the community on each proposed camera location."),
    ("community_engagement", True, "14.18.070 Comment.\n\nAny resident may submit written "
     "comments on a proposed use policy within thirty (30) days after its publication."),
    ("community_engagement", True, "Sec. 2-369. - Review.\n\nThe department shall accept "
     "comments from the public for at least twenty-one (21) days before it deploys a camera."),
    ("community_engagement", False, "Sec. 2-370. - State rules.\n\nThe Department shall submit "
     "comments to the State Department of Transportation on its draft rules."),
    ("community_engagement", False, "Sec. 2-371. - Meetings.\n\nMembers of the public may submit "
     "comments at any regular meeting of the Council."),
    ("data_sharing_limits", True, "§ 9.20.070. Access.\n\nAccess to license plate data shall be "
     "restricted to sworn personnel of the Police Department and to other law enforcement "
     "agencies with a legitimate need."),
    ("data_sharing_limits", True, "Sec. 2-372. - Dissemination.\n\nDissemination of recordings "
     "is limited to criminal justice agencies."),
    ("data_sharing_limits", True, "14.18.080 Disclosure.\n\nDisclosure of surveillance data to "
     "any third party shall be confined to disclosures required by a court order."),
    ("data_sharing_limits", True, "Sec. 2-373. - Sharing.\n\nThe department may share footage "
     "with another agency, but only upon a written request that states the case number."),
    # a second round, from the same causes in further wordings (each was missed before the
    # change that follows it in the rules' history)
    ("effective_date", True, "Sec. 2-376. - Effective date.\n\nThis resolution is effective "
     "immediately upon adoption."),
    ("effective_date", False, "Sec. 2-377. - Approvals.\n\nAn approval under this chapter is "
     "effective immediately."),
    ("community_engagement", True, "Sec. 2-378. - Notice.\n\nWritten comments may be submitted "
     "to the City Clerk within thirty (30) days of the notice."),
    ("community_engagement", True, "Sec. 2-379. - Notice.\n\nThe notice shall state that any "
     "person may comment on the proposed deployment within fourteen (14) days."),
    ("exigent_circumstances", True, "Sec. 2-380. - Drones.\n\nExcept in an emergency involving "
     "imminent danger to life, no drone shall be used without a warrant."),
    ("exigent_circumstances", True, "§ 9.20.090. Drones.\n\nNo agency shall use a drone without a "
     "warrant, except where there is an imminent threat of death or serious bodily injury."),
    ("exigent_circumstances", False, "Sec. 2-381. - Drones.\n\nNo department shall acquire a "
     "drone except in an emergency declared by the Mayor."),
    ("data_sharing_limits", True, "Sec. 2-382. - Release.\n\nRecordings may be released to "
     "another agency only to the extent required by law."),
    ("data_sharing_limits", False, "Sec. 2-374. - Control room.\n\nAccess to the camera control "
     "room shall be limited to authorized personnel."),
    ("data_sharing_limits", False, "Sec. 2-375. - Vendors.\n\nThe vendor's access to the system "
     "is limited to maintenance."),
]  # fmt: skip

# Documents that restate batch 11's wordings without enacting them: news, an agenda record in
# fields, a staff report, minutes and a police policy. Every element must be missing.
CAUSE_DOCUMENTS: list[str] = [
    "The resolution, which takes effect in 45 days, limits access to plate data to law "
    "enforcement agencies, but only for official purposes. Residents may submit comments for "
    "thirty days, the county said.",
    "Title\n\nDiscussion of a resolution on license plate reader permits\n\nBody\n\nThe public "
    "may submit comments for thirty (30) days before the Board votes on the permits.",
    "STAFF REPORT\n\nRECOMMENDATION\n\nStaff recommends that the Board adopt the attached "
    "resolution, effective 45 days after approval. Access to the data would be limited to law "
    "enforcement agencies, and drones would not be used except where imminent danger to life "
    "requires it.",
    "MINUTES\n\nThe Board resolved to approve the camera permits. Commissioner Lee said access "
    "to the footage is restricted to criminal justice agencies.",
    "Policy 421 Downtown Cameras\n\nPROCEDURE\n\nThe Chief of Police or the authorized designee "
    "should limit access to recordings to criminal justice agencies. Members should deploy a "
    "camera in exigent circumstances only for so long as the exigency lasts.",
]


# Batch 12's causes of form and of the law gate (branch `check8`), in other places' wordings and
# layouts, written without the search tool: operative excerpts copied from a code page without
# their section heading, definitions printed as lists or glossaries, history notes in brackets,
# labels on lines of their own, captions of motions, bills and warrant articles, captions that
# open with a verb above the enacting clause, effective dates in the vote line.
GATE_CAUSES: list[tuple[str, bool, str]] = [
    ("council_approval", True, "No City department shall acquire surveillance technology "
     "without the approval of the City Council."),
    ("council_approval", True, "A department shall obtain the approval of the Board of "
     "Supervisors, by ordinance, before it acquires or uses any surveillance technology."),
    ("council_approval", True, "No department may acquire surveillance technology unless the "
     "City Council approves the acquisition by ordinance."),
    ("council_approval", True, "A law enforcement agency must obtain the approval of the "
     "governing body before it acquires an automated license plate reader system."),
    ("annual_report", True, "(a) The Chief of Police shall submit an annual report to the "
     "Common Council on the use of each surveillance technology.\n\n(b) The report shall be "
     "posted on the City's website."),
    ("annual_report", True, "A.\nThe Sheriff shall prepare an annual report on the use of "
     "license plate readers.\nB.\nThe report shall be filed with the County Clerk by March 1 of "
     "each year."),
    ("public_records", True, "The Director shall post each annual surveillance report on the "
     "Township's website. (Ord. 1420 § 2 (Exh. B), 2019)"),
    ("facial_recognition_ban", True, "[HISTORY: Adopted by the Board of Trustees of the Village "
     "of Elm 6-1-2021 by L.L. No. 3-2021. Amendments noted where applicable.]\n\nNo Village "
     "official or department may obtain, retain, access or use any face recognition technology."),
    ("definitions", True, "[Added 3-14-2019 by Ord. No. 2019-7]\n\nAs used in this chapter, the "
     "following terms shall have the meanings indicated:\n\nDRONE\nAn aircraft that is operated "
     "without the possibility of direct human intervention from within the aircraft.\n\n"
     "OPERATOR\nA person who controls a drone in flight.\n\nPUBLIC PLACE\nAny street, park or "
     "other place open to the public."),
    ("definitions", True, '"Drone" means an unmanned aircraft flown by remote control.\n\n'
     '"Operator" means the person who flies a drone.'),
    ("definitions", True, "1. As used in this Code section, the term:\n\n(a) \"Camera\" means "
     "any device that records images of a public place."),
    ("definitions", True, "Sec. 9-1. Scope.\n\nFor purposes of this article, \"license plate "
     "reader\" (\"LPR\") means a camera that converts images of plates into data."),
    ("findings", True, "Sec. 5-40. Purpose.\n\nThe purpose of this article is to regulate the "
     "use of surveillance cameras in public places."),
    ("findings", True, "§ 8-101. Scope.\n\nThis chapter is intended to protect the privacy of "
     "residents while allowing the use of cameras for public safety."),
    ("findings", False, "Sec. 5-41. Meetings.\n\nThe purpose of each meeting of the board shall "
     "be stated in its notice."),
    ("title", True, "A MOTION OF THE BOARD OF HARBOR COMMISSIONERS adopting principles for the "
     "use of biometric technology at port facilities.\n\nThe Commission hereby adopts the "
     "following principles."),
    ("title", True, "STATE OF VERMONT\n\nA N A C T\n\nRELATING TO LAW ENFORCEMENT USE OF "
     "DRONES\n\nIt is enacted by the General Assembly of the State of Vermont:"),
    ("enacting_clause", True, "It is enacted by the Legislature of the State of Maine as "
     "follows:\n\nSec. 1. 25 MRSA §4501 is enacted to read:"),
    ("title", True, "Bill Title:\n\nAN AMENDMENT TO THE TOWN BYLAWS REGULATING SURVEILLANCE "
     "TECHNOLOGY\n\nVOTED: That the Town hereby resolves as follows:"),
    ("title", True, "Police Department\n\nApproving the purchase of body-worn cameras; and "
     "declaring an emergency.\n\nBE IT ORDAINED by the Council of the City of Elm:\n\nSECTION 1. "
     "That the purchase is authorized."),
    ("title", False, "Police Department\n\nThe Chief will present the camera contract.\n\nBE IT "
     "ORDAINED by the Council of the City of Elm:\n\nSECTION 1. That the purchase is "
     "authorized."),
    ("effective_date", True, RESOLUTION + "NOW, THEREFORE, BE IT RESOLVED that the Commission "
     "adopts the camera policy.\n\nPASSED AND ADOPTED by the Commission on June 3, 2024. This "
     "resolution shall become effective immediately."),
    ("effective_date", True, "SECTION 4. This ordinance shall be in force and effect from and "
     "after the earliest period allowed by law."),
    ("effective_date", True, "SEC. 3. This act shall become operative on January 1, 2026."),
    ("effective_date", True, "Section 5. This ordinance is effective July 1, 2025."),
    ("effective_date", False, "Sec. 2-380. Permits.\n\nA permit shall become operative upon "
     "its issuance by the Chief."),
    ("enacting_clause", True, "The people of the City of Elm do enact as follows:\n\nSECTION 1. "
     "Chapter 9 is added."),
    ("enacting_clause", True, "NOW THEREFORE the Council of the Town of Birch enacts as "
     "follows:\n\n1. No drone shall be flown over a park."),
    ("title", True, "Resolution No. 2022-45\n\nNOW, THEREFORE, BE IT RESOLVED that the Board "
     "adopts the policy."),
    ("title", True, "A Resolution of the City Council of the City of Elm approving a policy for "
     "license plate readers\n\nBE IT RESOLVED that the policy is approved."),
    ("title", True, "COUNCIL BILL NO. 24-0301\n\nBE IT ORDAINED BY THE COUNCIL OF THE CITY OF "
     "ELM:"),
    ("title", False, "The Chief reported on the cameras.\n\nA resolution passed Tuesday asks "
     "the Chief to report on the cameras.\n\nBE IT RESOLVED that the report is accepted."),
    ("definitions", True, "Sec. 4-2. Terms.\n\nSurveillance camera shall mean any camera that "
     "records a public place."),
    ("council_approval", True, "(1) A municipal law enforcement agency shall obtain the approval "
     "of the governing body before it acquires unmanned aircraft.\n(2) The approval shall be "
     "given at a public meeting, and the proposed use shall be reported within thirty minutes of "
     "the vote."),
    ("findings", True, "The City Council of the City of Elm finds and declares as follows:\n\n"
     "A. Surveillance can chill speech.\n\nB. Cameras record people who are not suspects."),
    ("findings", True, "The Board of Supervisors hereby finds that surveillance technology may "
     "threaten the privacy of residents."),
    ("title", True, "A BYLAW TO REGULATE SURVEILLANCE TECHNOLOGY IN THE TOWN OF ELM\n\nBe it "
     "enacted by the Town:"),
    ("exigent_circumstances", True, "Notwithstanding subsection (a), the department may use "
     "surveillance technology in exigent circumstances, provided that it reports the use to the "
     "council within ten (10) days."),
    ("council_approval", True, "A city entity shall not acquire new surveillance technology "
     "unless the city council has approved the acquisition by ordinance.\n\n[Ord. 2020-31 § 1]"),
]  # fmt: skip

# Documents that restate a law's "shall" without enacting it: news, a staff report, an agenda,
# minutes, a department's policy, a bill analysis, a web page's questions. Every element must be
# missing, form included.
GATE_DOCUMENTS: list[str] = [
    "The council voted Tuesday on a new rule. No City department shall acquire surveillance "
    "technology without the approval of the City Council, the ordinance says, and we expect "
    "the first requests next month.",
    "STAFF REPORT\n\nStaff recommends that the Council adopt an ordinance under which each "
    "department shall obtain Council approval before acquiring surveillance technology.",
    "AGENDA\n\n1. Call to order\n\n2. Discussion: the Chief shall submit an annual report on "
    "license plate readers.",
    "The department shall retain recordings for thirty (30) days. Members shall not share "
    "recordings with any agency except as this policy provides.",
    "OLR Bill Analysis\n\nAN ACT CONCERNING LICENSE PLATE READERS.\n\nSUMMARY\n\nThis bill "
    "requires police to purge plate data after 90 days. The bill also prohibits sharing the "
    "data with private parties.",
    "Frequently asked questions\n\nWhat does the ordinance require? Each department shall "
    "obtain approval before it acquires surveillance technology. Why should you care?",
    '"Drone" means an unmanned aircraft, the ordinance says, and police said they would '
    "follow it.",
    "Departments must get Council approval before buying surveillance technology. They must "
    "also report on it every year.",
    "Supporters say the measure protects residents. Under the ordinance, each department must "
    "obtain approval before it acquires surveillance technology.",
    "The City Council on Monday approved the rule. Each department shall obtain council "
    "approval, the ordinance reads.",
    "The Council found that cameras deter crime. The Chief shall report on the cameras each "
    "year, the resolution states.",
    "In 2021, the council adopted an ordinance that requires each department to seek approval. "
    "The ordinance provides that the Chief shall report annually.",
    "Policy 462\n\n462.1 PURPOSE AND SCOPE\nThis policy provides guidance for the use of "
    "ALPR.\n\n462.2 POLICY\nThe Department shall use ALPR only for official purposes and shall "
    "report its use annually to the City Council.",
]


# Batch 12's substantive causes (branch check9) in other places' drafting styles, written for the
# test after batch 12 was measured: approval worded with a resolution "approving", "with prior
# approval", the passive "shall be approved by" the body, a state's "local authority"; a use
# policy the body adopts, or rules for a technology's use; discipline for a violation; posting
# "on its website"; a review committee named for cameras; biometric identification banned; the
# federal transfer programme; a justification report; a hearing a process includes; community
# involvement. (element, found, text), as CAUSES above.
CAUSES_12: list[tuple[str, bool, str]] = [
    ("council_approval", True, "Sec. 2-400. - Approval.\n\nA department may not purchase a "
     "license plate reader system unless the Common Council has adopted an ordinance approving "
     "the purchase."),
    ("council_approval", True, "§ 9.30.010. Drones.\n\nThe acquisition of any drone shall be "
     "approved by the City Council by resolution."),
    ("council_approval", True, "14.30.020 Contracts.\n\nAny contract for the purchase of "
     "surveillance cameras must first be approved by the Board of Aldermen."),
    ("council_approval", True, "Sec. 2-401. - Locations.\n\nThe Chief of Police, with the "
     "advance approval of the Town Council, shall determine where cameras are installed."),
    ("council_approval", True, "SECTION 4. Approval.\n\nNo camera system shall be installed "
     "without the Board of Supervisors first adopting a resolution approving its installation."),
    ("council_approval", True, "Section 3-12-070 - Deployment.\n\nA local authority shall not "
     "deploy an automated speed camera without first approving its use at a public meeting."),
    ("council_approval", True, "Sec. 2-402. - Acquisition.\n\nBefore a department acquires a "
     "drone, the City Council shall adopt a resolution approving the acquisition."),
    ("council_approval", False, "Sec. 2-403. - Minutes.\n\nThe minutes of each meeting shall be "
     "approved by the Council."),
    ("council_approval", False, "Sec. 2-404. - Cameras.\n\nEach camera location shall be "
     "approved by the Board of Public Safety."),
    ("council_approval", False, "Sec. 2-405. - Recordings.\n\nAn officer may, with prior "
     "approval of a supervisor, review a recording."),
    ("use_policy", True, RESOLUTION + "NOW, THEREFORE, BE IT RESOLVED that the City Council "
     "hereby adopts the Automated License Plate Reader Policy attached as Exhibit A."),
    ("use_policy", True, RESOLUTION + "BE IT RESOLVED BY THE BOARD OF TRUSTEES: The Unmanned "
     "Aircraft Systems Policy attached hereto is hereby adopted."),
    ("use_policy", True, "Sec. 2-406. - Body cameras.\n\nThe use of body-worn cameras shall be "
     "governed by a written department policy."),
    ("use_policy", True, "§ 9.30.030. Drones.\n\nEach agency that operates a drone shall adopt "
     "guidelines for the use of drones."),
    ("use_policy", True, "14.30.040 Cameras.\n\nThe department shall establish rules governing "
     "the operation of the camera system."),
    ("use_policy", True, "Sec. 2-407. - Uses.\n\nRecordings from the downtown cameras may be "
     "used only for the following purposes:\n\n(1) Investigating a crime;\n\n(2) Traffic "
     "studies."),
    ("use_policy", False, RESOLUTION + "NOW, THEREFORE, BE IT RESOLVED that the City Council "
     "hereby adopts the personnel policy attached as Exhibit B."),
    ("use_policy", False, "Sec. 2-408. - Rooms.\n\nThe clerk shall adopt procedures for the use "
     "of the council chambers."),
    ("use_policy", False, "Sec. 2-409. - Cameras.\n\nA camera may only be used for official "
     "business."),
    ("enforcement", True, "Sec. 2-410. - Violations.\n\nAn employee who violates this chapter "
     "shall be subject to disciplinary action, up to and including termination."),
    ("enforcement", True, "§ 9.30.050. Violations.\n\nAny violation of this article by a county "
     "employee shall constitute grounds for discipline."),
    ("enforcement", True, "14.30.060 Misuse.\n\nMisuse of the camera system may result in "
     "suspension or dismissal."),
    ("enforcement", False, "Sec. 2-411. - Complaints.\n\nThe Chief shall investigate any alleged "
     "violation of this chapter."),
    ("enforcement", False, "Sec. 2-412. - Reports.\n\nAn employee who reports a violation of this "
     "chapter shall not be subject to discipline for the report."),
    ("public_records", True, "Sec. 2-413. - Publication.\n\nThe Chief shall place a copy of each "
     "approved use policy on the City's website."),
    ("public_records", True, "§ 9.30.070. Inventory.\n\nThe clerk shall display the inventory of "
     "surveillance technology on the county's web page."),
    ("public_records", True, "14.30.080 Locations.\n\nThe department shall include on its website "
     "a list of all license plate reader locations."),
    ("public_records", True, "Sec. 2-414. - Audits.\n\nThe department shall upload each audit "
     "report to the city's website within ten (10) days."),
    ("public_records", False, "Sec. 2-415. - Reports.\n\nThe department shall include in its "
     "report the number of visits to its website."),
    ("oversight_body", True, "Sec. 2-416. - Review.\n\nEach proposed camera location shall be "
     "reviewed by the Video Surveillance Advisory Committee."),
    ("oversight_body", True, "§ 9.30.090. Drones.\n\nThe Drone Review Committee shall approve each "
     "flight plan before a drone is flown."),
    # (a police review board counts, whatever its charge: the corpus's convention since batch 32,
    # read so since batch 41)
    ("oversight_body", True, "Sec. 2-417. - Complaints.\n\nThe Citizens Police Review Board "
     "shall hear complaints of officer misconduct."),
    ("facial_recognition_ban", True, "Sec. 2-418. - Biometrics.\n\nNo city department shall "
     "acquire or use any biometric identification system."),
    ("facial_recognition_ban", True, "§ 9.30.100. Biometrics.\n\nThe use of biometric "
     "recognition technology by any county agency is prohibited."),
    ("facial_recognition_ban", False, "Sec. 2-419. - Time clocks.\n\nBiometric identification "
     "technology may be used only for employee time clocks."),
    ("military_equipment", True, "Sec. 2-420. - Federal property.\n\nNo law enforcement agency "
     "shall apply for enrollment in the program authorized by 10 U.S.C. § 2576a without the "
     "approval of the governing body."),
    ("military_equipment", True, "§ 9.30.110. Surplus.\n\nAny request for excess Department of "
     "Defense property shall be approved by the Council."),
    ("military_equipment", False, "Sec. 2-421. - History.\n\nThe department received property "
     "through a Department of Defense program in 2014."),
    ("impact_report", True, "Sec. 2-422. - Requests.\n\nEach request shall include a "
     "justification report stating the need for the system."),
    ("impact_report", True, "§ 9.30.120. Assessment.\n\nThe department shall prepare a "
     "surveillance assessment describing the technology's effects on civil liberties."),
    ("public_hearing_notice", True, "Sec. 2-423. - Process.\n\nThe approval process shall "
     "include at least one public hearing."),
    ("public_hearing_notice", True, "§ 9.30.130. Review.\n\nThe review shall include a notice "
     "to residents, a report, and a public hearing before the City Council."),
    ("public_hearing_notice", False, "Sec. 2-424. - Notice.\n\nThe notice shall include the date "
     "of a public hearing on the budget."),
    ("public_hearing_notice", False, "Sec. 2-425. - Report.\n\nThe report shall include a summary "
     "of each public hearing held."),
    ("community_engagement", True, "Sec. 2-426. - Policies.\n\nThe department shall ensure public "
     "participation in the development of each use policy."),
    ("community_engagement", True, "§ 9.30.140. Locations.\n\nThe procedures shall provide for "
     "public comment on each proposed camera location."),
    ("community_engagement", False, "Sec. 2-427. - Meetings.\n\nIn order to encourage public "
     "participation, meetings of the committee shall be held in the evening."),
    # a second round: over-strict requirements loosened (each wording was missed before the
    # change that answers it), with the near misses each loosening must keep out
    ("council_approval", True, "Sec. 2-430. - Approval.\n\nThe Council's approval, by "
     "resolution, is a prerequisite to the acquisition of any surveillance technology."),
    ("council_approval", True, "§ 9.30.150. Cameras.\n\nThe installation of any public safety "
     "camera requires the prior authorization of the Board of Selectmen."),
    ("council_approval", True, "14.30.160 Locations.\n\nAny new camera location must be "
     "authorized by the City Council."),
    ("council_approval", True, "Sec. 2-431. - Deployment.\n\nThe Chief may not deploy cameras at "
     "a new location until the Council votes to approve the location."),
    ("council_approval", False, "Sec. 2-432. - Minutes.\n\nThe Council's approval of the minutes "
     "is a prerequisite to their publication."),
    ("council_approval", False, "Sec. 2-433. - Staff.\n\nThe position of camera coordinator "
     "requires the approval of the Police Chief."),
    ("use_policy", True, "Sec. 2-434. - Operation.\n\nThe department shall operate the cameras in "
     "accordance with a policy approved by the Council."),
    ("use_policy", False, "Sec. 2-435. - Rooms.\n\nThe department shall keep the conference room "
     "in accordance with the policy adopted by the Clerk."),
    ("public_hearing_notice", True, "Sec. 2-436. - Hearing.\n\nThe Council shall not approve any "
     "acquisition of surveillance technology until it has held a public hearing on the request."),
    ("public_hearing_notice", False, "Sec. 2-437. - Budget.\n\nThe Council has held a public "
     "hearing on the budget."),
    ("public_records", True, "§ 9.30.170. Agreements.\n\nCopies of all agreements for "
     "surveillance technology shall be available for public inspection at the office of the City "
     "Clerk."),
    ("public_records", False, "Sec. 2-438. - Confidentiality.\n\nUse policies shall not be open "
     "to public inspection."),
    ("data_sharing_limits", True, "Sec. 2-439. - Disclosure.\n\nRecordings may be disclosed "
     "only to law enforcement agencies investigating a crime."),
    ("data_sharing_limits", False, "Sec. 2-440. - Retention.\n\nRecordings may be retained only "
     "to the extent needed for an investigation."),
    ("impact_report", True, "14.30.180 Requests.\n\nThe request shall include a description of "
     "the technology, its cost, and its potential impact on civil liberties."),
    ("impact_report", False, "Sec. 2-441. - Footage.\n\nEach request for footage shall include "
     "the case number and the name of the officer."),
    ("enforcement", True, "Sec. 2-442. - Evidence.\n\nAny data collected in violation of this "
     "chapter shall be deleted and shall not be admissible in any proceeding."),
    ("whistleblower", True, "§ 9.30.190. Employees.\n\nThe City shall not take any adverse "
     "employment action against an employee who discloses information about a violation of this "
     "article."),
    ("whistleblower", False, "Sec. 2-443. - Misuse.\n\nThe Chief shall take disciplinary action "
     "against an employee who misuses a camera."),
    ("facial_recognition_ban", True, "Sec. 2-444. - Face surveillance.\n\nNo City department may "
     "use face surveillance technology or information derived from it."),
    ("facial_recognition_ban", False, "Sec. 2-445. - Leads.\n\nFacial recognition results may be "
     "used only to generate investigative leads."),
    ("community_engagement", True, "Sec. 2-446. - Meetings.\n\nBefore the Council acts, the "
     "department shall hold a public meeting in the neighborhood affected by the proposed camera."),
    ("community_engagement", True, "14.30.200 Comment.\n\nThe public shall be given thirty (30) "
     "days to comment on each proposed use policy."),
    ("community_engagement", False, "Sec. 2-447. - Meetings.\n\nThe Board shall hold its regular "
     "public meetings at the Community Center."),
    # a third round, the same way
    ("council_approval", True, "Sec. 2-450. - Requests.\n\nPrior to the acquisition of any "
     "surveillance technology, the department shall present the proposal to the City Council, "
     "which shall vote to approve or deny it."),
    ("council_approval", True, "§ 9.30.210. Purposes.\n\nThe City shall not use surveillance "
     "technology for any purpose other than that approved by the City Council."),
    ("council_approval", False, "Sec. 2-451. - Council.\n\nThe Council, which shall approve the "
     "annual budget, meets monthly."),
    ("data_sharing_limits", True, "14.30.220 Sharing.\n\nFootage may be shared with other "
     "agencies only pursuant to a written agreement approved by the Council."),
    ("oversight_body", True, "Sec. 2-452. - Review.\n\nThe City's Human Rights Commission shall "
     "review all proposed surveillance technology acquisitions."),
    ("oversight_body", False, "Sec. 2-453. - Ethics.\n\nThe Ethics Commission shall review "
     "complaints against city officials."),
    ("public_hearing_notice", True, "§ 9.30.230. Hearing.\n\nThe Board shall not approve a "
     "surveillance use policy without first holding a public hearing on it."),
    ("whistleblower", True, "Sec. 2-454. - Employees.\n\nAn employee who in good faith reports a "
     "violation of this chapter shall not be subject to any adverse employment action."),
    ("whistleblower", False, "Sec. 2-455. - Hearings.\n\nEmployees who report to the Chief shall "
     "not be disciplined without a hearing."),
    ("use_policy", True, "14.30.240 Footage.\n\nThe Chief shall adopt written rules governing the "
     "retention and dissemination of footage from the cameras."),
    ("use_policy", False, "Sec. 2-456. - Minutes.\n\nThe Clerk shall adopt rules governing the "
     "retention of council minutes."),
    ("nda_prohibition", True, "Sec. 2-457. - Contracts.\n\nAny provision of a surveillance "
     "technology contract that restricts disclosure of information under the public records act "
     "is void."),
    ("nda_prohibition", False, "Sec. 2-458. - Contracts.\n\nContracts shall limit the disclosure "
     "of personal data to third parties."),
    ("facial_recognition_ban", False, "§ 9.30.250. Warrants.\n\nFace recognition may be used only "
     "under a warrant issued by a court."),
]  # fmt: skip

# Documents that restate batch 12's wordings without enacting them. Every element must be missing.
CAUSE_12_DOCUMENTS: list[str] = [
    "The council adopts the camera policy tonight. Under it, employees who misuse the cameras "
    "may be subject to discipline, and the policy will be placed on the city's website, the "
    "mayor said.",
    "STAFF REPORT\n\nRECOMMENDATION\n\nStaff recommends that the Council adopt a resolution "
    "approving the purchase of license plate readers. Misuse of the system would result in "
    "discipline.",
    "AGENDA\n\n7. Resolution adopting a security camera policy for the parking garage\n\n8. "
    "Public hearing on the drone program",
    "Policy 430 Body Worn Cameras\n\nThe Chief of Police or the authorized designee should post "
    "this policy on the department's website. Members will be subject to discipline for misuse "
    "of the cameras.",
]


# Batch 13's causes (branch check10) in other places' wordings and layouts, written for the test
# after batch 13 was measured: a resolving clause that carries the text (a board's action request
# with no caption), its subjunctive mandate ("that a public hearing be held"); a record's title
# field after another field; captions in title case or in capitals with no article, wrapped over
# lines; a cover page's effective-date field; a policy the body approves in the passive; evidence
# obtained in violation made inadmissible; and a coversheet or agenda record, which prints an
# instrument's caption and describes the rest. (element, found, text), as CAUSES above.
CAUSES_13: list[tuple[str, bool, str]] = [
    ("enacting_clause", True, "Council Action Request\n\nNOW, THEREFORE, BE IT RESOLVED, that a "
     "public hearing on the proposed drone program be conducted by the Town Council on June 3, "
     "2025, and that notice of the hearing be published at least fourteen (14) days before it."),
    ("public_hearing_notice", True, "Council Action Request\n\nNOW, THEREFORE, BE IT RESOLVED, "
     "that a public hearing on the proposed drone program be conducted by the Town Council on "
     "June 3, 2025, and that notice of the hearing be published at least fourteen (14) days "
     "before it."),
    ("public_hearing_notice", True, "RESOLVED, That a public hearing on the acquisition of "
     "license plate readers be held by the Board of Supervisors, and that the Clerk be directed "
     "to post notice of it ten (10) days in advance."),
    ("public_hearing_notice", False, "BE IT RESOLVED, that the Sheriff be directed to present "
     "the camera contract at the next regular meeting."),
    ("public_hearing_notice", False, "Minutes\n\nThe Commission resolved to hold a public "
     "hearing on the camera program in the fall."),
    ("title", True, "Ordinance Requiring Council Approval of Surveillance Technology\n\nSection "
     "1. Approval.\n\nNo department shall acquire surveillance technology without the approval "
     "of the Council."),
    ("title", True, "Memo: Title: ORDINANCE REGARDING AUTOMATED LICENSE PLATE READERS; PROVIDING "
     "AN EFFECTIVE DATE\n\nSec. 1. Each department shall report on its readers each year."),
    ("title", True, "ORDINANCE OF THE TOWN BOARD OF THE TOWN OF ELM ADOPTING\nCHAPTER 42 "
     "ENTITLED “SURVEILLANCE TECHNOLOGY”\nWHEREAS, the Town Board has studied the "
     "use of cameras by the Town and by private parties in public places; and"),
    ("title", False, "Ordinance requiring cameras at gas stations passes, officials said on "
     "Monday."),
    ("effective_date", True, "EFFECTIVE DATE\nOF RESOLUTION\nMarch 1, 2025\nRESOLUTION NO. "
     "2025-14\nWHEREAS, the Board of Commissioners has considered the use of drones by the "
     "Sheriff's Office and by other county departments; and"),
    ("effective_date", True, "Sec. 9. Effective date.\n\nEFFECTIVE DATE OF THIS ORDINANCE: "
     "7/1/2025"),
    ("effective_date", False, "Sec. 9. Register.\n\nThe Clerk shall keep a register of the "
     "effective date of each ordinance adopted under this chapter."),
    ("use_policy", True, "Section 2. The Automated License Plate Reader Policy, attached as "
     "Exhibit A, is approved."),
    ("use_policy", True, "Section 3. The drone use policy set out in Attachment No. 2 is "
     "adopted subject to the changes the Chief may make to it under Section 4."),
    ("use_policy", False, "Sec. 4-10. Review.\n\nThe body-worn camera policy is approved by the "
     "Chief of Police."),
    ("enforcement", True, "Sec. 2-5. Remedies.\n\nNo recording obtained in violation of this "
     "chapter shall be admitted as evidence in any proceeding."),
    ("enforcement", True, "§ 9.40.060. Use of data.\n\nNo data collected in violation of Section "
     "9.40.030 may be used in any criminal prosecution."),
    ("enforcement", False, "§ 9.40.060. Use of data.\n\nNo recording may be used for training "
     "purposes."),
    # a coversheet or agenda record prints the caption; its description of the rest scores none
    ("effective_date", False, "Agenda Item #12\n\nRequest for Council Action\n\nAN ORDINANCE "
     "AMENDING THE CITY CODE RELATING TO SECURITY CAMERAS\n\nThe City Manager recommends "
     "approval. This ordinance shall take effect thirty (30) days after its adoption."),
    ("title", True, "Agenda Item #12\n\nRequest for Council Action\n\nAN ORDINANCE AMENDING THE "
     "CITY CODE RELATING TO SECURITY CAMERAS\n\nThe City Manager recommends approval."),
    ("annual_report", False, "Item Coversheet\n\nMeeting Date: 3/14/2024\n\nORDINANCE "
     "REGULATING DRONES\n\nThe ordinance requires the Police Chief to submit an annual report "
     "to Council. The Chief shall report each year by March 1."),
]  # fmt: skip

# Documents that restate batch 13's wordings without enacting them: news, a coversheet with no
# caption, a staff report, an agenda. Every element must be missing.
CAUSE_13_DOCUMENTS: list[str] = [
    "The county board on Tuesday resolved that a second public hearing be held on the body "
    "cameras, and the camera policy was approved, officials said.",
    "Item Coversheet\n\nMeeting Date: 4/19/2024\n\nAgenda Item#: 12.\n\nThe Chief of Police "
    "recommends that City Council approve an ordinance requiring cameras at convenience stores. "
    "The requirements are to take effect on the 90th day after passage.",
    "STAFF REPORT\n\nSubject: Body-worn camera ordinance\n\nThe ordinance would take effect "
    "thirty days after adoption, and the attached camera policy would be approved by the "
    "Council. Staff recommends approval.",
    "AGENDA\n\nItem 5. Resolution setting a public hearing on license plate readers\n\nItem 6. "
    "Effective date of the drone ordinance: discussion",
]


# Batch 14's causes (branch `check11`), in other places' wordings, written without the search
# tool: policies adopted by a governing board (a board of education, a library board of
# trustees, a transit authority's board) bind as the board's rule, and such a policy on a
# surveillance technology is its use policy; a police department's policy stays a manual. A
# recital of what another law requires is that law's duty, not the text's.
CAUSES_14: list[tuple[str, bool, str]] = [
    ("use_policy", True, "Classroom Cameras\n\nCameras in classrooms may be used only to "
     "protect the safety of students and staff.\n\nAdopted: August 12, 2024\n\nLegal Ref.: "
     "Education Law 2801-a"),
    ("use_policy", True, "Security Cameras on Buses\n\nVideo recordings made on school buses "
     "shall be used for student safety and discipline, and shall be erased after thirty (30) "
     "days unless retained for an investigation.\n\nAdopted by the Board of Education on "
     "October 3, 2023."),
    ("use_policy", True, "Public Library Camera Policy\n\nApproved by the Board of Trustees "
     "June 1, 2021\n\nLibrary cameras are intended only for the security of the building and "
     "are not used to observe what patrons read."),
    ("use_policy", True, "The Harbor Transit Authority Board of Directors shall authorize the "
     "use of video cameras on its vehicles for the safety of riders. Recordings shall be "
     "retained for fourteen (14) days."),
    ("use_policy", True, "Policy 6:235 Access to Electronic Networks\n\nThe District's "
     "surveillance cameras may be used to investigate violations of Board policy.\n\nCross "
     "Ref.: 5:130, 7:190"),
    # a police department's own policy, however it is dated, is no board's rule
    ("use_policy", False, "Body Worn Cameras\n\nOfficers should activate the camera at the "
     "start of each contact. The Chief of Police or the authorized designee shall review "
     "recordings monthly.\n\nAdopted: January 5, 2022"),
    # outside a board's policy, "may be used" grants a permission and sets no policy
    ("use_policy", False, "Sec. 4-12. Cameras.\n\nCity cameras may be used for traffic "
     "studies."),
    ("public_hearing_notice", False, "SECTION 1. Findings.\n\nA. State law requires that an "
     "agency shall hold a public hearing on its policy at least thirty (30) days before the "
     "governing body votes."),
    ("public_records", False, "SECTION 1. Findings.\n\nB. Senate Bill 34 also requires that "
     "each agency shall post its plate reader policy on its website."),
    ("public_records", False, "Section 1. Findings.\n\n(c) The Penal Code requires agencies "
     "to publish their military equipment policies."),
    # this text's own duty, after it names another law, is still a duty
    ("public_records", True, "Sec. 2. Posting.\n\nAs state law permits, the Department shall "
     "post its plate reader policy on the City's website."),
    ("definitions", False, "Sec. 1. Purpose.\n\nThe purpose of this ordinance shall mean "
     "safer streets for all."),
    ("data_sharing_limits", True, "Sec. 5. Disclosure.\n\nThe transfer of plate reader data "
     "to any third party is expressly prohibited."),
    ("data_sharing_limits", True, "Sec. 5. Release.\n\nCamera recordings shall not be made "
     "available to any agency of another state except upon a warrant."),
    ("data_sharing_limits", True, "Sec. 5. Use.\n\nDrone images shall not be disclosed other "
     "than as this chapter authorizes."),
    ("data_sharing_limits", False, "Sec. 5. Use.\n\nDrone images may be disclosed to other "
     "agencies."),
    ("enforcement", True, "Video Monitoring\n\nThe District's cameras shall be used for "
     "safety only. A breach of this policy may result in discipline up to and including "
     "termination.\n\nAdopted: May 2, 2023"),
    # a department's own policy: its sanction stays the department's
    ("enforcement", False, "Sec. 12. Drones.\n\nThe Department shall fly drones only under "
     "this policy. A breach of this policy may result in discipline."),
    # lists labelled "a)" under a prohibiting lead-in; the law's own "prohibits:"
    ("data_sharing_limits", True, "AN INITIATIVE ORDINANCE CONCERNING PLATE READERS\n"
     "BE IT ORDAINED BY THE PEOPLE OF THE CITY OF ELM:\nSECTION 1. DATA\nThe City shall not:\n"
     "a) Sell plate reader data\nb) Share plate reader data with federal agencies"),
    ("footage_requests", True, "Sec. 3. Private cameras.\n\nThe Police Department shall not:"
     "\n1) Access privately owned security cameras without a warrant\n2) Buy doorbell footage"),
    ("footage_requests", False, "Sec. 3. Private cameras.\n\nThe Police Department may access"
     " private security cameras without a warrant in an emergency."),
    ("facial_recognition_ban", True, "Sec. 2. Prohibited technology.\n\nThis chapter "
     "prohibits:\n(a) face recognition software;\n(b) predictive policing software."),
    ("facial_recognition_ban", False, "Sec. 2. Exceptions.\n\nNothing in this chapter "
     "prohibits the use of face recognition to unlock a City phone."),
    # captions and clauses as other places print them
    ("title", True, "AN INITIATED ORDINANCE BANNING DRONE SURVEILLANCE\nBE IT ORDAINED BY THE "
     "PEOPLE OF THE CITY OF ELM:\nSection 1. No City department shall use a drone."),
    ("title", True, "RESOLUTION APPROVING A CAMERA DONATION TO THE FIRE DEPARTMENT\nWHEREAS, the "
     "City has been offered three cameras;"),
    ("title", True, "A bill to amend 1976 PA 451, entitled\n\"The revised school code,\"\nby "
     "adding section 1308.\nTHE PEOPLE OF THE STATE OF MICHIGAN ENACT:\nSec. 1308. A school "
     "district shall not use facial recognition."),
    ("title", False, "A bill to ban drones passed the Senate on Tuesday, officials said."),
    ("enacting_clause", True, "A BILL to amend the Code of Elm by adding a section.\nTHE PEOPLE "
     "OF THE STATE OF ELM ENACT:\nSec. 1. No agency shall use a drone without a warrant."),
    ("enacting_clause", True, "WHEREAS, the City has been offered a camera;\nNOW, THEREFORE, BE "
     "IT RESLOVED that the Chief is authorized to accept the camera."),
    ("enacting_clause", False, "WHEREAS, the City has been offered a camera;\nNow, therefore, be "
     "it noted that the Chief accepted the camera."),
    ("signature_block", True, "RESOLUTION NO. 12\nWHEREAS, the City has been offered a camera;\n"
     "NOW, THEREFORE, BE IT RESOLVED that the camera is accepted.\nPassed and adopted by the "
     "City Council this 4th day of May, 2021.\nBY: Jane Roe, Mayor"),
    ("signature_block", False, "RESOLUTION NO. 12\nWHEREAS, the City has been offered a camera;"
     "\nNOW, THEREFORE, BE IT RESOLVED that the camera is accepted.\nBy: the Police Department, "
     "to be installed in May"),
]

# Documents that restate a board's policy or another law's mandate without adopting either.
CAUSE_14_DOCUMENTS: list[str] = [
    # news of a school board's camera policy
    "School board weighs camera policy\n\nThe board said on Monday that cameras would be used "
    "only for safety, and that recordings would be kept for thirty days.",
    # a police department's manual, with the board's name in it
    "402.1 PURPOSE\n\nThis policy provides guidance to members on school resource cameras. "
    "Members should follow the school board policy. The Chief of Police or the authorized "
    "designee will review recordings.",
    # news restating an initiative's ban and a state law's requirement
    "Paonia voters to decide camera ban\n\nThe initiative says the Town shall not share camera "
    "feeds with other agencies. State law requires that agencies shall post their policies, "
    "supporters said on Tuesday.",
]


# Wordings the lead wrote before batch 17 was collected (none of its text read), probing the
# rules with clauses in styles the battery lacked: an approval "except as approved by the County
# Board", a policy's required contents, a comment period, a quarterly report, a protection by
# reference to a whistleblower law, a lapse unless renewed, a term that keeps the city from
# disclosing, a bounded permission for existing technology, a retention limit the law sets, and
# excerpts without a heading in law's present tense.
CAUSES_17: list[tuple[str, bool, str]] = [
    ("council_approval", True, "Sec. 8-3. Drones.\n\nThe County shall not operate a drone "
     "program except as approved by the County Board after a public hearing."),
    ("council_approval", True, "Sec. 8-3. Drones.\n\nThe County shall not operate drones "
     "except as authorized by the Board of Supervisors."),
    ("council_approval", False, "Sec. 8-3. Drones.\n\nThe County shall not operate drones "
     "except as approved in the use policy."),
    ("council_approval", False, "Sec. 8-3. Drones.\n\nThe County shall not operate drones "
     "except as authorized by state law."),
    ("council_approval", False, "Sec. 8-3. Cameras.\n\nThe Department shall not install "
     "cameras except as approved by the County Board of Health."),
    ("use_policy", True, "Sec. 9. Use policies.\n\nEach surveillance use policy shall include: "
     "(a) Purpose; (b) Authorized use; (c) Data retention."),
    ("use_policy", True, "Sec. 9. Use policies.\n\nThe use policy shall, at a minimum, specify "
     "the authorized uses of the technology and who may access its data."),
    ("use_policy", False, "Sec. 9. Reports.\n\nThe annual report shall include a copy of the "
     "use policy."),
    ("use_policy", True, "Sec. 9. Retention.\n\nData captured by a license plate reader shall "
     "be retained for no longer than thirty (30) days unless it is evidence in a criminal "
     "investigation."),
    ("use_policy", False, "Sec. 9. Records.\n\nMinutes of the Board shall be retained for no "
     "longer than ten (10) years."),
    ("community_engagement", True, "Sec. 4. Comment.\n\nThe department shall provide a period "
     "of not less than thirty (30) days for written public comment on the proposed technology."),
    ("community_engagement", True, "Sec. 4. Comment.\n\nThe department shall accept public "
     "comments for a period of thirty (30) days."),
    ("community_engagement", False, "Sec. 4. Meetings.\n\nThe Council shall hear public "
     "comment at the meeting."),
    ("annual_report", True, "Sec. 6. Reports.\n\nThe Chief of Police shall provide a "
     "quarterly report to the City Council on the use of the license plate reader system."),
    ("annual_report", False, "Sec. 6. Duties.\n\nThe Committee shall provide semiannual "
     "reports to the Village Board on its activities."),
    ("whistleblower", True, "Sec. 7. Employees.\n\nEmployees who report violations of this "
     "chapter are protected under the City's whistleblower protection ordinance."),
    ("whistleblower", False, "Sec. 7. Employees.\n\nThe City's whistleblower protection "
     "ordinance is codified at Chapter 2.90."),
    ("sunset_review", True, "Sec. 8. Review.\n\nEach approval under this chapter shall be "
     "reviewed by the Council every two (2) years, and the use shall cease unless the Council "
     "renews the approval."),
    ("sunset_review", False, "Sec. 8. Existing technology.\n\nUse of any surveillance "
     "technology not approved within one hundred eighty (180) days shall cease unless the "
     "Council approves it."),
    ("nda_prohibition", True, "Sec. 5. Contracts.\n\nAny provision of a surveillance "
     "technology contract that purports to prevent the City from disclosing information about "
     "the technology under the Public Records Act is void."),
    ("nda_prohibition", False, "Sec. 5. Public records.\n\nNothing in this chapter shall "
     "prevent the City from disclosing records under the Public Records Act."),
    ("existing_technology", True, "Sec. 3. Transition.\n\nAny surveillance technology in use "
     "on the effective date of this ordinance may continue to be used for up to one year while "
     "the department seeks Council approval."),
    ("existing_technology", False, "Sec. 3. Cameras.\n\nThe camera may continue to record for "
     "up to ten (10) seconds after motion stops."),
    # excerpts of law copied without a heading, in law's present tense
    ("enforcement", True, "A violation of this section is a misdemeanor."),
    ("facial_recognition_ban", True, "The use of facial recognition technology by any City "
     "department is prohibited."),
    ("footage_requests", True, "A City department may obtain video footage from a privately "
     "owned camera only with the written consent of the owner or pursuant to a search warrant."),
    ("nda_prohibition", True, "Any provision of a surveillance technology contract that purports "
     "to prevent the City from disclosing information about the technology under the Public "
     "Records Act is void."),
]

# A writer quoting a law without "that"; news of a ban; a writer's verdict on an ordinance.
CAUSE_17_DOCUMENTS: list[str] = [
    "The ordinance states all data collected by license plate readers must be deleted within 30 "
    "days unless it is part of an ongoing investigation.",
    "Under the new law, the use of facial recognition technology by city departments is "
    "prohibited, officials said on Tuesday.",
    "Critics argue this ordinance is a step backward. A violation of it is a misdemeanor, "
    "supporters said.",
]


# Batch 17's misses, in other places' wordings: an institution's own camera policy copied without
# its adoption line (a library's, a school district's, a county's), adoption lines in more forms,
# the board authorising the technology mid-sentence, the policy's rules on access and retention,
# and a board's ordinary discipline that is no sanction for misusing the cameras.
CAUSES_17_BATCH: list[tuple[str, bool, str]] = [
    ("use_policy", True, "Security Camera Policy\n\nThe Elm Public Library uses security "
     "cameras in its parking lot and entrances. Only the Library Director may view recordings, "
     "which are kept for thirty days. Library staff will not release recordings to patrons."),
    ("use_policy", True, "Video Monitoring Policy\n\nThe District employs cameras on school "
     "buses to protect students. Recordings are retained for fourteen (14) days.\n\nAdopted "
     "3/4/2019"),
    ("use_policy", True, "Policy 5120 Cameras\n\nHaving weighed the privacy of students and "
     "staff, the Board hereby authorizes the use of video cameras on district property. "
     "Recordings shall be erased after thirty days."),
    ("use_policy", True, "Camera Policy\n\nApproved by Board May 2, 2023\n\nRecorded video "
     "is stored for sixty days and deleted as new video is recorded."),
    # a police department's own policy in the same form stays a manual
    ("use_policy", False, "Security Camera Policy\n\nThe Department uses cameras at the "
     "station. Officers will not view recordings without cause. Members should report "
     "malfunctions to a supervisor."),
    # a notice of a hearing on a proposed policy adopts nothing
    ("use_policy", False, "Camera Policy Hearing\n\nThe Village Board will hold a public "
     "hearing on the proposed camera policy. This policy would govern how village cameras are "
     "used and how long recordings are retained."),
    # a county code stating the county's policy in its findings is a code, not a board's policy
    ("use_policy", False, "Sec. 12-1. Purpose.\n\nIt is the policy of the County to protect the "
     "privacy of county residents. This chapter sets the rules for county parks, and this "
     "chapter applies in every county park. The use of video cameras in county parks is common."),
    ("enforcement", True, "Video Surveillance Policy\n\nThe District uses cameras on school "
     "buses. Staff who misuse recordings in violation of this policy shall be subject to "
     "disciplinary action.\n\nAdopted: June 1, 2020"),
    ("enforcement", False, "Video Surveillance Policy\n\nThe District uses cameras on school "
     "buses. Students in violation of district policies or school rules shall be subject to "
     "disciplinary action.\n\nAdopted: June 1, 2020"),
]

# A legislature's bill page with its synopsis; a legistar item that discusses an ordinance.
CAUSE_17_BATCH_DOCUMENTS: list[str] = [
    "House Bill 12\nBill Details\nAN ACT TO AMEND TITLE 11 RELATING TO LOCATION DATA.\nThis Act "
    "would prohibit law enforcement from requesting reverse-location orders. It also creates a "
    "private right of action for a person whose data was obtained in violation of this Act.",
    "Ordinance 21-007\n\nDiscuss and Consider Possible Action on an Ordinance establishing a "
    "license plate reader program.\n\nItem Discussion\n\nThe purpose of this ordinance is to "
    "establish a license plate reader program. Data shall be kept for thirty days.",
]


# Batch 18's misses: a code section's own effective date; the body as the enacting clause's
# subject, on its own line or run on from the last recital, with a county's "In the Matter of"
# caption above it; a board policy's limits on release in "will not"; a bar on retaliation that
# protects giving information is no limit on sharing data.
CAUSES_18: list[tuple[str, bool, str]] = [
    ("effective_date", True, "Sec. 6-14. Cameras at pawnshops.\n\n(a) Each pawnshop shall keep "
     "a working camera at its counter.\n\n(b) The effective date of this section shall be March "
     "1, 2012, and every pawnshop shall comply from that date."),
    ("effective_date", True, "4.12.030 Recording fees.\n\nA. The Department shall charge a fee "
     "for each copy of a body camera recording.\n\nB. The adoption of this section shall be in "
     "full force and effect from and after July 1, 2019."),
    ("effective_date", False, "Sec. 5-2. Camera permits.\n\nA permit issued under this section "
     "shall take effect upon payment of the fee."),
    ("enacting_clause", True, "WHEREAS, cameras at sales counters deter robbery; and\n\nNow, "
     "therefore, the Board of Commissioners adopts this section under its home-rule powers.\n\n"
     "Each convenience store shall record its sales counter while open."),
    ("enacting_clause", True, "WHEREAS, the Sheriff will deploy body cameras this year; and,\n"
     "WHEREAS, state law lets the county charge for redacting video; and,\nNOW, THEREFORE, the "
     "County Commissioners of Elm County resolve that the fee schedule is amended as shown in "
     "Exhibit A."),
    ("title", True, "STATE OF WASHINGTON\nCounty of Elm\nIn the Matter of Adopting a Drone Use "
     "Policy for the Elm County Sheriff's Office\n\nWHEREAS, the Sheriff proposes to fly "
     "drones; and,\nNOW, THEREFORE, the Board of County Commissioners resolve that the policy in "
     "Exhibit A is adopted."),
    ("enacting_clause", False, "WHEREAS, the Council held a hearing on the camera program; and\n"
     "WHEREAS, the Council now therefore adopts nothing today.\n\nSec. 1. The Chief shall "
     "report each camera installed."),
    ("data_sharing_limits", False, "Sec. 3-9. Retaliation.\n\nNo person shall retaliate against "
     "any employee for providing information to any agency investigating a violation of this "
     "chapter."),
    ("data_sharing_limits", True, "Video Security Policy\n\nThe Elm Public Library uses cameras "
     "at its entrances. Recordings will not be released to any outside party without a "
     "subpoena or court order.\n\nAdopted by the Board of Trustees, May 3, 2021"),
    ("data_sharing_limits", True, "Camera Policy\n\nApproved by Board May 2, 2023\n\nThe "
     "District employs cameras on school buses. Video will only be provided to law enforcement "
     "upon a warrant."),
    ("council_approval", True, "Sec. 5-1. Cameras.\n\n(1) Security cameras shall only be "
     "installed under the authority of the Town Council."),
    ("council_approval", False, "Sec. 5-1. Cameras.\n\n(1) Security cameras shall only be "
     "installed under the authority of the Chief of Police."),
    # a statute's section caption lists the grades of its offences; the penalties stand below it
    # (a bar on the police: one on anyone at all is no remedy, see test_check_rules)
    ("enforcement", False, "Elm Code Title 11 § 1334. Unlawful surveillance by drone; class B "
     "misdemeanor; class A misdemeanor\n(a) No police officer shall fly a drone over a school."),
    ("enforcement", True, "§ 1334. Unlawful surveillance by drone.\n(a) No police officer shall "
     "fly a drone over a school.\n(b) A violation of this section is a class B misdemeanor."),
    # a library's page laid out as a policy ("Purpose") that never calls itself one
    ("use_policy", True, "Security Cameras\n\nPurpose\n\nThe Elm Public Library keeps its "
     "patrons and staff safe. Library staff cannot watch every room of the Library, so cameras "
     "may be placed at selected locations to record activity. The Library will keep control of "
     "the cameras at all times."),
    # a code chapter's history note names the ordinance: the chapter is no board's policy
    ("use_policy", False, "Chapter 87. Security Cameras\n[HISTORY: Adopted by the Township "
     "Council 11-7-18 by Ord. No. O-10-18.]\n§ 87-1. Registry.\nAny owner whose cameras are "
     "installed on a building may register them with the Police Department."),
    # a board's policy binds in "will"; its recordings used for discipline are no sanction
    ("public_records", True, "Camera Policy\n\nAdopted by the Board of Trustees, May 3, 2021\n\n"
     "The Elm Library uses cameras at its doors. This policy will be posted on the library "
     "website for the public."),
    ("enforcement", True, "Camera Policy\n\nAdopted by the Board of Trustees, May 3, 2021\n\n"
     "The Elm Library uses cameras at its doors. Unauthorized viewing of recordings is "
     "forbidden and will be subject to disciplinary action."),
    ("enforcement", False, "Video Camera Policy\n\nAdopted: June 1, 2020\n\nThe District uses "
     "cameras on school buses. The recordings will be used to monitor conduct and may be used "
     "as evidence in a student disciplinary proceeding."),
    # a university's own police run its cameras: its policy is still the university's
    ("use_policy", True, "Security Camera Policy\n\nThis policy governs security cameras on "
     "University property. Cameras may be used to protect the campus and its students. The "
     "University Police Department reviews footage; body-worn cameras of the University Police "
     "Department are outside this policy."),
    # a department's own policy: its "will not" is the department's, not law's
    ("data_sharing_limits", False, "Security Camera Policy\n\nThe Department uses cameras at "
     "the station. Recordings will not be released to the media without the Chief's approval. "
     "Officers should report malfunctions to a supervisor."),
]


# Batch 17's misses of form: a roll call printed under a resolution; "let it be resolved"; a
# resolution's record with its own "Fiscal Note:"; captions in title case ("Resolution Approving
# ..."), in Ohio's infinitive ("To authorize ...", "To amend section ... of the Revised Code"),
# and "This chapter shall be entitled"; findings under "Section 1: Findings" or a lettered
# "Legislative intent." line; a statute's "the term, drone, means".
CAUSES_17_FORM: list[tuple[str, bool, str]] = [
    ("signature_block", True, "RESOLUTION NO. 5-22\nA RESOLUTION OF THE TOWN COUNCIL OF ELM "
     "APPROVING A CAMERA GRANT\nNOW, THEREFORE, BE IT RESOLVED BY THE TOWN COUNCIL OF ELM:\n"
     "Section 1. The grant is accepted.\nThe foregoing Resolution was moved for adoption by "
     "Council Member Ray.\nMayor Ann Lee aye\nCouncil Member Bo Hart aye"),
    ("signature_block", False, "Sec. 2-4. Votes.\n\nEach council member shall vote aye or nay "
     "on every resolution to acquire a camera."),
    ("enacting_clause", True, "WHEREAS, drones threaten the privacy of residents;\nNOW, "
     "THEREFORE, LET IT BE RESOLVED, that the Town Council opposes the use of drones by the "
     "police."),
    ("enacting_clause", True, "File #: Res.12-100 Type: Resolution Status: Passed\nTitle\n"
     "Cameras on city poles\nResolved, that the Chief of Police may place cameras on city "
     "poles.\nFiscal Note: The cost is $900."),
    ("title", True, "Resolution Approving an Agreement with the School District for Camera "
     "Access\nWHEREAS, the police ask for access to school cameras;\nNOW, THEREFORE, BE IT "
     "RESOLVED by the Common Council that the Mayor is authorized to sign the agreement."),
    ("title", True, "Explanation\nThe Division of Police will use the grant for cameras.\nTitle\n"
     "To authorize the Director of Public Safety to accept a grant for license plate readers.\n"
     "Body\nSECTION 1. That the Director is authorized to accept the grant."),
    ("title", True, "To amend section 4511.01 of the Revised Code to limit the use of drones.\n\n"
     "BE IT ENACTED BY THE GENERAL ASSEMBLY OF THE STATE OF OHIO:\n\nSection 1. No agency "
     "shall fly a drone over a school."),
    ("title", True, "State of Elm\nLEGISLATIVE ASSEMBLY, 2019\nIntroduced by: Senators Ash and "
     "Oak FOR AN ACT ENTITLED, An Act to limit the use of drones by the police.\nBE IT ENACTED "
     "BY THE LEGISLATURE OF THE STATE OF ELM:\nSection 1. No agency shall fly a drone over a "
     "school."),
    ("title", True, "This chapter shall be entitled the \"Drone Privacy Law.\"\n\nNo person "
     "shall fly a drone over a school."),
    ("findings", True, "ORDINANCE NO. 12\nAN ORDINANCE OF THE CITY OF ELM REGULATING DRONES\n"
     "Section 1: Findings and Purpose. Drones flown over homes invade "
     "privacy.\nSection 2: No person shall fly a drone over a home."),
    ("findings", True, "A.\nLegislative intent.\n(1) The purpose and intent of this chapter is "
     "to regulate drones in the village."),
    ("definitions", True, "Section 1. For purposes of this Act, the term, drone, means an "
     "aircraft flown without a pilot on board. No agency shall fly a drone over a school."),
    ("definitions", False, "Sec. 2-8. Board.\n\nEach member serves three years, and the term "
     "for a member named to fill a vacancy means the rest of the term."),
]


# Batch 19's misses: institutions' rules on their own cameras that never call themselves a
# policy; a notice to parents and a news item about the same cameras stay what they are.
CAUSES_19: list[tuple[str, bool, str]] = [
    ("use_policy", True, "Video Surveillance and Use of Video Footage\n\nThe Elm County Public "
     "Library has video cameras in public areas of the Library. Footage is used for Library "
     "purposes such as preventing theft. Cameras may be located near Library entrances and in "
     "the parking lot. Library staff review footage only after an incident."),
    ("use_policy", False, "Notification of Video on School Buses\n\nVideo recorders may be "
     "placed on any school bus. Recordings of students are used for school discipline and are "
     "not for general viewing by the school or the public.\n\nRefer to Policy 810."),
    # a board policy's release on legal process only, in its several forms; a permission to
    # release on a subpoena leaves release to discretion
    ("data_sharing_limits", True, "Camera Policy\n\nAdopted by the Library Board, March 2, "
     "2022\n\nThe Elm Library uses cameras at its doors. Recordings will be released only in "
     "response to a search warrant or court order."),
    ("data_sharing_limits", True, "Camera Policy\n\nAdopted by the Library Board, March 2, "
     "2022\n\nThe Elm Library uses cameras at its doors. Police requests to view camera "
     "footage must be accompanied by a subpoena."),
    ("data_sharing_limits", True, "Camera Policy\n\nAdopted by the Library Board, March 2, "
     "2022\n\nThe Elm Library uses cameras at its doors. Camera footage will be disclosed only "
     "as state law allows."),
    ("data_sharing_limits", True, "Camera Policy\n\nAdopted: May 5, 2020\n\nThe District "
     "uses cameras on its buses. No camera data will be released to anyone outside the "
     "District except as required by law."),
    ("data_sharing_limits", False, "Camera Policy\n\nAdopted by the Library Board, March 2, "
     "2022\n\nThe Elm Library uses cameras at its doors. Such recordings may be released to "
     "the police upon receipt of a subpoena."),
    # a policy's glossary under a plain "Definitions" line, until the next section's title
    ("definitions", True, "Camera Policy\n\nPurpose\n\nThis policy governs the Library's "
     "cameras in the Library and its parking lot, for the safety of Library patrons.\n\n"
     "Definitions\n\nRecording: any image captured by a Library camera.\n\n"
     "Policy\n\nCameras shall not be placed in restrooms."),
    ("definitions", True, "LIBRARY CAMERA POLICY\n\nI. PURPOSE\n\nThis policy governs the "
     "Library's cameras.\n\nII. DEFINITIONS\n\nSecurity Camera—a device that records images "
     "of Library property.\n\nIII. SIGNAGE\n\nSigns shall be posted at each door."),
    ("definitions", False, "Camera Policy\n\nPurpose\n\nThis policy governs the Library's "
     "cameras in the Library and its parking lot, for the safety of Library patrons.\n\n"
     "Note: cameras shall not be placed in restrooms."),
    # captions: a local law's number, a mayor's executive order, a caption in capitals before a
    # resolving clause, a caption under "ORDINANCE 18-04"
    ("title", True, "LOCAL LAW NO. 3 OF 2021 OF THE\nVILLAGE BOARD OF THE VILLAGE OF ELM, TO "
     "REGULATE DRONES\nBE IT ENACTED BY THE VILLAGE BOARD OF THE VILLAGE OF ELM AS FOLLOWS:\n"
     "Section 1. No person shall fly a drone over a school."),
    ("title", True, "EXECUTIVE ORDER OF THE MAYOR OF THE CITY OF ELM LIMITING THE SHARING OF "
     "CAMERA DATA\n\nWHEREAS, residents value their privacy; and\n\nNOW, THEREFORE, I, the "
     "Mayor, order that no department shall share camera data with any other agency."),
    ("title", True, "AUTHORIZING THE MAYOR TO SIGN A PLATE READER GRANT AGREEMENT WITH ELM "
     "COUNTY\nBE IT RESOLVED, by the Mayor and Council of the Borough of Elm that the Mayor is "
     "authorized to sign the agreement."),
    ("title", True, "TOWN OF ELM\nORDINANCE 21-07\nADOPTING A NEW CHAPTER 9.12 REGULATING "
     "DRONES\n\nWHEREAS, drones are flown over homes; and\n\nSection 1. No person shall fly a "
     "drone over a home."),
    ("signature_block", True, "RESOLUTION NO. 10-9\nBE IT RESOLVED, by the Council that the "
     "grant is accepted.\nAdopted this 9th day of June, 2010 and certified as a true copy.\n"
     "Borough Clerk\nRECORD OF COUNCIL VOTE"),
    # findings: the body's finding with an aside, a purpose "of this chapter", the city's policy
    ("findings", True, "Sec. 1. Findings.\n\nThe Board of Trustees of the Village of Elm, after "
     "due deliberation, finds that drones flown over homes invade privacy."),
    ("findings", True, "Chapter 9. Drones\n\nIt is the purpose and intent of this chapter to "
     "protect residents from drones flown over their homes. No person shall fly a drone over a "
     "home."),
    ("findings", True, "Sec. 12-50. Policy of the city.\n\n(a) It is the policy of the city to "
     "protect each resident's privacy from surveillance by city departments."),
    # the body's approval in a code's "will", and at the body's meeting
    ("council_approval", True, "Sec. 72.02. Camera locations.\n\n1. The City Council will "
     "approve the location of each fixed traffic camera in the city."),
    ("council_approval", True, "71.03 Speed cameras.\n\n(A) Before the city contracts for a "
     "speed camera, the city must approve the contract at a regular or special meeting of the "
     "City Council."),
    ("council_approval", False, "Sec. 72.02. Camera locations.\n\n1. The Chief of Police will "
     "choose the location of each mobile traffic camera in the city."),
    # fines on drivers for what traffic cameras record are no remedy for unlawful surveillance
    ("enforcement", False, "Sec. 313.01. Program.\n\n(c) A traffic law violation for which a "
     "civil penalty is imposed under this chapter is not a moving violation."),
    # the resolved item whose subject is the clause above it
    ("use_policy", True, "RESOLUTION NO. 2022-7\nRESOLUTION ADOPTING A CITY POLICY FOR DRONES\n"
     "NOW THEREFORE, BE IT RESOLVED by the City Council of the City of Elm, as follows:\n"
     "Approves and adopts the City of Elm Policy on Unmanned Aerial Vehicles attached as "
     "Exhibit A."),
    # a college's own police ("CVCC Police Department") run its cameras under its policy
    ("use_policy", True, "Video Surveillance Policy\n\nPurpose\n\nThis policy governs cameras "
     "on college property. The EFCC Police Department reviews recordings for the college. "
     "Cameras will not be used in restrooms on campus, and students are notified of them."),
    # release at an official's say-so is discretion, not a limit
    ("data_sharing_limits", False, "Camera Policy\n\nAdopted by the Library Board, March 2, "
     "2022\n\nThe Elm Library uses cameras at its doors. Recordings will only be released to "
     "others with the authorization of the Library Director."),
    # a bulleted list under a lead-in carries the lead-in's condition
    ("data_sharing_limits", True, "Camera Policy\n\nAdopted by the Library Board, March 2, "
     "2022\n\nThe Elm Library uses cameras at its doors. The Library will release recordings "
     "to the police when they provide one of the following:\n- A search warrant.\n- A court "
     "order."),
    # a page speaking to its reader explains terms; it does not define them as law does
    ("definitions", False, "Before you ask for a camera, IT will review your request.\n\n"
     "- \"Camera system\" means the City's camera software.\n- \"Camera type\" means the kind "
     "of camera you want.\n- Please see the ordinance for more."),
    # a district's administrative procedure carries out the board's policy; it is not the policy
    ("use_policy", False, "EFG-AP: Video Cameras in Schools\n\nPurpose\n\nThe District uses "
     "cameras to keep school buildings safe. Cameras may be placed in school hallways and "
     "parking lots as this policy allows. Students and staff are told of the cameras."),
    ("use_policy", False, "The Elm Library will install cameras in the Library parking lot next "
     "month, the director said. The library board approved the purchase last week; students "
     "and patrons will see signs at the library doors, and footage may be kept for a month."),
]


# Batch 20's causes: news, notices and a district's procedure about a policy; a resolution or a
# municipal order that approves cameras is the instrument, not a board's policy; a board's policy
# restating a state penalty, disciplining students, or using footage for discipline sets no remedy.
CAUSES_20: list[tuple[str, bool, str]] = [
    ("use_policy", False, "Elm Park District Approves Camera Policy\n\nOn Tuesday, the park board "
     "voted 5-2 to adopt a policy for the pool cameras. The policy says cameras shall not be "
     "placed in changing rooms at the pool, and footage of the pool will be kept for thirty days."),
    ("use_policy", False, "Video on School Buses\n\nThe District uses cameras on its school buses "
     "to keep students safe, and each bus with a camera carries a posted notice. If you would "
     "like more information, a copy of the Board Policy No. 810 is on the District website."),
    ("use_policy", False, "Policy 6804 P4 Security Cameras\n\nPurpose\n\nThe purpose of this "
     "procedure is to set a standard for the District's cameras in school buildings. The District "
     "may use cameras on school grounds. This procedure applies to all school staff."),
    ("use_policy", False, "RESOLVED that the Elm Town Council hereby:\n• approves the installation "
     "of license plate reader cameras at the town's entrances;\n• appropriates $80,000 for their "
     "purchase.\nAPPROVED by the Elm Town Council at a regular meeting on May 2, 2016."),
    ("use_policy", False, "BE IT ORDERED BY THE CITY OF ELM:\nSection 1. The Mayor may sign the "
     "grant to buy a drone to be used by the Police Department.\nAdopted by the Board of "
     "Commissioners, May 5, 2020"),
    ("title", True, "MUNICIPAL ORDER NO. 12\nA MUNICIPAL ORDER AUTHORIZING THE MAYOR TO ACCEPT A "
     "DRONE GRANT\nBE IT ORDERED BY THE CITY OF ELM:\nSection 1. The Mayor may sign the grant."),
    ("effective_date", True, "BE IT ORDERED BY THE CITY OF ELM:\nSection 1. The Mayor may sign the "
     "grant.\nSection 2. This order shall be in full force and effect from and after the date of "
     "its adoption."),
    ("enforcement", False, "Camera Policy\n\nAdopted by the Library Board, March 2, 2022\n\nThe "
     "Elm Library uses cameras at its doors. Releasing patron records in violation of the state "
     "records act is a misdemeanor punishable by a fine."),
    ("enforcement", False, "Video Camera Policy\n\nAdopted: June 1, 2020\n\nThe District uses "
     "cameras on school buses. Students in violation of bus conduct rules shall be subject to "
     "disciplinary action."),
    ("enforcement", False, "Camera Policy\n\nAdopted by the Transit Board, May 1, 2019\n\nThe "
     "District uses cameras on its buses. If a viewing leads to disciplinary action against an "
     "employee, a union official shall be allowed to see the video."),
    # policies the gate missed: a long title before "Policy", a transit authority's, two mentions
    # of the library, a hearing the policy itself requires, a California board's "BP" code
    ("use_policy", True, "Elm State University Parking License Plate Recognition (LPR) Policy\n\n"
     "Elm State University Parking Services uses plate readers on campus. LPR data shall be "
     "deleted after thirty days and shall be used only for parking enforcement."),
    ("use_policy", True, "Automated License Plate Reader Policy\n\nElm Metropolitan Transit "
     "Authority\n\nThe purpose of this policy is to set rules for plate reader data. Plate "
     "reader data shall be kept for sixty days and then deleted."),
    ("use_policy", True, "Video Surveillance Policy\n\nThe purpose of video surveillance is to "
     "protect the property of the Library. Recordings shall be kept for thirty days, and "
     "cameras shall not be placed in restrooms of the Library."),
    ("public_hearing_notice", True, "Recording Devices on School Buses\n\nThe District uses "
     "video cameras on school buses to protect students. The District shall not record audio on "
     "a school bus until the Board has held a public hearing on audio recording, with notice to "
     "school families. Video recordings of students shall be kept for thirty days."),
    ("use_policy", True, "Elm Unified School District | BP 3515.21 Business Operations\n\n"
     "Drones\n\nThe Governing Board recognizes that drones may help district operations. A "
     "district drone may be used over district property only with the Superintendent's "
     "approval, and its recordings shall be kept for thirty days."),
    # resolutions' form: "RESOLVED that" without a comma, a resolving clause with a blank in it,
    # "RESOLUTION OF THE TOWN OF ...", Virginia's "ADOPTED ... at a meeting held on" and "Teste:"
    ("enacting_clause", True, "WHEREAS, the Town Council wants plate readers; now, therefore, be "
     "it\n\nRESOLVED that the Elm Town Council hereby approves the purchase of plate readers."),
    ("enacting_clause", True, "RESOLUTION ACCEPTING A CAMERA GRANT\nBY COUNCILOR ASH:\n"
     "RESOLVED, that the proper city officials may sign grant agreement No. ________ for "
     "in-car cameras."),
    ("title", True, "RESOLUTION 2001-12\n\nRESOLUTION OF THE TOWN OF ELM AUTHORIZING THE TOWN "
     "MANAGER TO ACCEPT A DONATED CAMERA\n\nWHEREAS, a camera was donated;\n\nTHEREFORE, BE IT "
     "RESOLVED, by the Town Council that the donation is accepted."),
    ("signature_block", True, "BE IT ORDAINED by the Council of the City of Elm:\n1. That the "
     "grant is accepted.\nADOPTED by the Council of the City of Elm, Virginia at a meeting held "
     "on March 24, 2009.\nTeste:\nCity Clerk"),
    ("findings", True, "DRONES\n\nAdopted: June 1, 2020\n\nIt is the policy of the Elm School "
     "District to keep its schools safe from drones flown over them."),
    ("use_policy", False, "DRONE POLICY\n\nAdopted: June 1, 2020\n\nIt is the policy of the "
     "District to keep its schools safe. The District has determined that the use of drones over "
     "schools is a hazard.\n\nPROCEDURES FOR USE OF DRONES\n\nNo person shall fly a drone over "
     "school property."),
]


# Batch 21's causes: release "when authorized by" an official is discretion; a ban on others'
# drones is no rule of the board's own use; a policy's statement of purpose is its findings.
CAUSES_21: list[tuple[str, bool, str]] = [
    ("data_sharing_limits", False, "Camera Policy\n\nAdopted by the College Board, May 1, 2019\n\n"
     "The College uses cameras on campus. Recordings will only be released when authorized by "
     "the College President."),
    ("use_policy", False, "Drone Policy\n\nAdopted: June 1, 2020\n\nThe Board wants the "
     "District's schools safe for students. The use of any non-district drone over district "
     "property is prohibited unless the Superintendent allows it."),
    ("findings", True, "Camera Policy\n\nAdopted by the Library Board, March 2, 2022\n\nThe "
     "purpose of this policy is to set rules for the Library's cameras, which record the "
     "Library's entrances."),
    ("findings", True, "Camera Policy\n\nAdopted: May 5, 2020\n\nIt shall be the policy of the "
     "Board of Trustees of Elm College to use cameras only to protect students and college "
     "property."),
]


# Batch 22's causes: a college's "Procedures" and a notice to students are not the policy; a
# board's ordinary discipline (students, "in accordance with board policies", personnel policies)
# is no remedy; rules on others' cameras and drones (leave needed, the FAA, a goal, a request's
# contents) are no rule of the institution's own use; release on "an order from the court";
# legal "said" and a department of parking are no reporter or police.
CAUSES_22: list[tuple[str, bool, str]] = [
    ("use_policy", False, "6-12: Security Cameras – Procedures\n\n1. A request to install "
     "cameras on the campus will go to the Facilities Office. The college team will approve "
     "each camera, and recordings will be kept for thirty days."),
    ("use_policy", False, "Video Cameras on School Buses\n\nNotice to Students and Parents "
     "Regarding Video on School Buses\nThe District has put cameras on all school buses and "
     "students will be recorded. Recordings will be kept for thirty days."),
    ("enforcement", False, "Bus Camera Policy\n\nAdopted: June 1, 2020\n\nThe District uses "
     "cameras on its buses. Disciplinary action for student infractions on buses will follow the "
     "student handbook."),
    ("enforcement", False, "Bus Camera Policy\n\nAdopted: June 1, 2020\n\nThe District uses "
     "cameras on its buses. Disciplinary action will be in accordance with board policies and "
     "the student handbook."),
    ("enforcement", False, "Bus Camera Policy\n\nAdopted: June 1, 2020\n\nThe District uses "
     "cameras on its buses. Staff shall be subject to established Board personnel policies, "
     "including provisions on discipline."),
    ("use_policy", False, "Recording Policy\n\nAdopted by the Library Board, March 2, 2022\n\n"
     "Any use of cameras by patrons on Library premises requires prior written permission from "
     "the Library administration and from the person recorded."),
    ("use_policy", False, "Drone Policy\n\nThe University's goal is to facilitate the use of "
     "drones for research on campus. The use of drones on University property without prior "
     "written permission from University Safety is prohibited, and students may not fly drones "
     "over the campus."),
    ("data_sharing_limits", True, "Camera Policy\n\nAdopted by the Library Board, March 2, "
     "2022\n\nThe Elm Library uses cameras at its doors. Requests for the release of "
     "confidential recordings must be submitted in writing and accompanied by an order from the "
     "court."),
    ("use_policy", True, "Video Surveillance\n\nThe Board of Education keeps the District's "
     "schools safe for students. The District may place cameras in school hallways, and said "
     "recordings shall be kept for thirty days by the District for each school."),
    # an institution's policy bars in the present tense; a reporter's present tense bars nothing
    ("data_sharing_limits", True, "Camera Policy\n\nAdopted by the Library Board, March 2, "
     "2022\n\nThe Elm Library uses cameras at its doors. Recordings are not shared with other "
     "agencies or released to the public."),
    ("data_sharing_limits", False, "Library adds cameras\n\nThe Elm Library now has cameras at "
     "its doors, the director said on Monday. Recordings are not shared with other agencies, "
     "she said."),
    ("use_policy", True, "Personal Data Retention Policy\n\nThe Department of Parking and "
     "Transportation at Elm University uses plate readers on University streets. Plate reader "
     "data is not shared with outside agencies and is deleted after ninety days by the "
     "University."),
]


# Batch 23's causes: a staff's administrative procedure or guideline is not the board's policy,
# whatever marks it carries, though a policy may name "Administrative Guidelines" in a sentence;
# "As used in this title, TERM means".
CAUSES_23: list[tuple[str, bool, str]] = [
    ("use_policy", False, "Procedure 88A\n\nAdministrative Procedure 88A: Security Cameras\n"
     "Issued: 3/21/2013\n\nThe following procedures shall be used by university departments "
     "for the university's cameras on campus. Recordings shall be kept for thirty days."),
    ("use_policy", False, "Elm Local School District\nAdministrative Guidelines\n\n7440.01 - "
     "VIDEO SURVEILLANCE\n\nThis guideline governs video cameras on school property. Cameras "
     "may be placed in school hallways, and recordings shall be kept for thirty days."),
    ("use_policy", True, "Surveillance Policy\n\nThe Elm Public Library keeps its building safe. "
     "It is the Board's policy to use cameras at the Library. Staff shall comply with the Policy "
     "and the Administrative Guidelines. Recordings shall be kept for thirty days and cameras "
     "shall not be placed in restrooms of the Library."),
    # a university's own Department of Public Safety and "members of the University community"
    # are no police department's voice
    ("use_policy", True, "CCTV Policy\n\nI. Policy Statement\n\nThe purpose of this policy is "
     "to guide the use of cameras on campus. This policy applies to all members of the "
     "University community. Cameras help the Department of Public Safety investigate incidents, "
     "and the Department of Public Safety keeps recordings for thirty days for the University."),
    ("definitions", True, "As used in this title, AUTOMATED TRAFFIC CAMERA means a device that "
     "records images of vehicles running a red light. The camera shall not be used to enforce "
     "speed limits."),
]


# Misses of earlier batches, answered before batch 24 was opened (all seen).
CAUSES_BEFORE_24: list[tuple[str, bool, str]] = [
    # misuse "is cause for" discipline: the sanction for misusing footage, in a board's policy
    ("enforcement", True, "Camera Policy\n\nAdopted by the Board of Trustees on May 1, 2024\n\n"
     "The Library shall keep recordings for thirty days. Using camera footage outside of its "
     "intended purpose is cause for disciplinary action by the Board."),
    ("enforcement", False, "Camera Policy\n\nAdopted by the Board of Trustees on May 1, 2024\n\n"
     "The Library shall keep recordings for thirty days. Recordings may be used for the purpose "
     "of student discipline."),
    # the adoption line that carries the date
    ("effective_date", True, "Camera Policy\n\nAdopted this 2nd day of May, 2024 and effective "
     "as of May 2, 2024\n\nThe Library shall keep recordings for thirty days."),
    ("effective_date", False, "Camera Policy\n\nAdopted this 2nd day of May, 2024\n\nThe "
     "Library shall keep recordings for thirty days."),
    # the body's permission, with an official named beside it
    ("council_approval", True, "Camera Policy\n\nAdopted by the Board of Trustees on May 1, "
     "2024\n\nCameras shall not be moved or added without permission of the Director and the "
     "Board of Trustees."),
    ("council_approval", False, "Camera Policy\n\nAdopted by the Board of Trustees on May 1, "
     "2024\n\nCameras shall not be moved or added without permission of the Director."),
    # a special district's drone rules under a long policy title, its drones called "UAS"
    ("use_policy", True, "Section 210. Policy for Use of District Unmanned Aircraft Systems "
     "(UAS)\n\n210.1 The District uses UAS to survey its wetlands. At no time shall District "
     "UAS be used for any purpose other than District business.\n\n210.2 Only District "
     "employees holding a remote pilot licence may operate a UAS for the District."),
    # a refusal of every biometric data collection system bars face recognition with them
    ("facial_recognition_ban", True, "Biometric Data Policy\n\nAdopted by the Board of "
     "Trustees on May 1, 2024\n\nThe Library will not install any biometric data collection "
     "systems in its buildings."),
    ("facial_recognition_ban", False, "Biometric Data Policy\n\nAdopted by the Board of "
     "Trustees on May 1, 2024\n\nThe Library may install biometric data collection systems "
     "at its entrances."),
    # a board's finding after a long aside
    ("findings", True, "Video Surveillance\n\nAdopted by the Board of Education on May 1, "
     "2024\n\nThe Board of Education, having weighed the "
     "privacy of students and staff against its duty to keep order, finds that it is "
     "appropriate to use video cameras on school grounds as follows:\n\n1. The District shall "
     "post notice of its cameras."),
    # a resolution's excerpt, its caption cut off, speaking as the instrument; a refusal of
    # immigration authorities' requests as the employees' duty
    ("data_sharing_limits", True, "[...]\n\n2. Information Requests. All City employees shall:"
     "\n\n(a) Decline to respond to requests from federal immigration authorities for "
     "non-public information about an individual unless the request carries a judicial "
     "warrant.\n\n3. Nothing in this resolution shall prevent an employee from reporting a "
     "crime."),
    ("data_sharing_limits", False, "[...]\n\n2. Information Requests. City employees may "
     "decline to respond to requests from federal immigration authorities for information "
     "about an individual.\n\n3. Nothing in this resolution shall prevent an employee from "
     "reporting a crime."),
    # release on legal process, the process named as issued; a bar that opens on the act
    ("data_sharing_limits", True, "Camera Policy\n\nAdopted by the Board of Trustees on May 1, "
     "2024\n\nPolice requests for camera footage shall be passed to the Director when a "
     "subpoena or court order is issued."),
    ("data_sharing_limits", False, "Camera Policy\n\nAdopted by the Board of Trustees on May 1, "
     "2024\n\nPolice requests for camera footage shall be passed to the Director."),
    ("data_sharing_limits", True, "Camera Policy\n\nAdopted by the Board of Trustees on May 1, "
     "2024\n\nRecorded images are the property of the College. Dissemination outside the "
     "Security Office is strictly prohibited, except as required by law."),
    # American Legal's glossary line, not a label that leads in a list
    ("definitions", True, "Sec. 5-3-2. Cameras required.\n\nDRIVE-IN BUSINESS: Any business "
     "which stays open between midnight and six o'clock in the morning.\nSECURITY CAMERA: A "
     "video recording device.\n\nEvery drive-in business shall keep a security camera "
     "working."),
    ("definitions", False, "Sec. 5-3-2. Cameras required.\n\nREQUIRED EQUIPMENT:\n1. A "
     "camera at each register.\n2. A recorder that keeps images for thirty days.\n\nEvery "
     "drive-in business shall keep its cameras working."),
    # a lead-in that runs on into its items with no colon passes its duty down to them
    ("community_engagement", True, "Sec. 4-12. Drone procedures.\n\n(a) The procedures "
     "adopted under this section must require that the police department\n(1) fly a drone "
     "only for a public purpose;\n(2) provide for community involvement in the development "
     "of the procedures, including the consideration of public comment."),
    ("community_engagement", False, "Sec. 4-12. Drone procedures.\n\n(a) The police "
     "department adopted its drone procedures in 2019.\n(1) The department described community "
     "involvement in the development of the procedures."),
    # an institution that calls itself by its initials is the policy's voice, though the
    # police are named
    ("use_policy", True, "Security Camera Policy\n\nElm Valley Transit Authority\n\nThe "
     "purpose of this policy is to govern the cameras on EVTA buses. EVTA cameras will not be "
     "placed in restrooms. Recordings will be kept for thirty days at EVTA offices. The Police "
     "Department will receive EVTA footage only under a subpoena."),
    ("use_policy", False, "Security Camera Policy\n\nElm Police Department\n\nThe purpose of "
     "this policy is to guide officers on the cameras on EPD cars. EPD officers will not record "
     "in restrooms. Recordings will be kept for thirty days at EPD offices. The Police "
     "Department will share EPD footage only under a subpoena."),
    # a board's own approval in the present tense of its policy; an official's is none
    ("council_approval", True, "Camera Policy\n\nAdopted by the Board of Trustees on May 1, "
     "2024\n\nThe Director places cameras with the approval of the Library Board of Trustees. "
     "Recordings are kept for thirty days."),
    ("council_approval", False, "Camera Policy\n\nAdopted by the Board of Trustees on May 1, "
     "2024\n\nStaff place cameras with the approval of the Library Director. Recordings are "
     "kept for thirty days."),
    # a caption copied from pleading paper keeps its line numbers
    ("title", True, "1 RESOLUTION NO. 2019-77\n2 A RESOLUTION OF THE CITY COUNCIL OF THE CITY "
     "OF ELM ACCEPTING A GRANT FOR POLICE CAMERAS\nWHEREAS, the Police Department has been "
     "offered a grant; and\nNOW, THEREFORE, BE IT RESOLVED by the City Council as follows:\n"
     "1. That the grant is accepted."),
    ("title", False, "12 officers attended the training on the new cameras.\nThe Police "
     "Department reported that the cameras were installed."),
    # the instrument setting up its reviewer in its own voice
    ("oversight_body", True, "Video Surveillance Policy\n\nAdopted by the Board of Regents on "
     "May 1, 2024\n\nThis policy authorizes a Camera Review Committee appointed by the Provost "
     "to oversee the policy's execution and review. Recordings shall be kept for thirty days."),
    ("oversight_body", False, "Staff Report\n\nThe proposed ordinance creates a Camera Review "
     "Committee to review the city's camera policy. Staff recommends approval."),
    ("findings", False, "Video Surveillance\n\nAdopted by the Board of Education on May 1, "
     "2024\n\nIf the Board of Education, after a hearing, finds that a camera was misused, the "
     "District shall remove it."),
]


# Batch 24's misses and false verdicts, answered after its single measurement (now seen).
CAUSES_24: list[tuple[str, bool, str]] = [
    # a college's own police named: its "the Department" and "officers" are the college's
    ("use_policy", True, "Plate Reader Usage Policy\n\nThe purpose of this policy is to guide "
     "the use of plate reader cameras by members of the Elm State College Police Department on "
     "the college campus. Only officers of the Department shall access the cameras. The "
     "Department shall keep plate reader data for thirty days. College staff may ask the "
     "Department for data about college property on the campus."),
    # an institute calls itself "the Institute"; a centre by its initials
    ("use_policy", True, "Security Camera Use Policy\n\nReason for Policy\n\nThis policy "
     "governs the Institute's video surveillance devices. The Institute's employees shall "
     "utilize its cameras only as this policy allows. The Elm Tech Police Department keeps the "
     "recordings for the Institute."),
    ("use_policy", True, "Surveillance System Camera Policy\n\nThe University recognizes the "
     "need to balance privacy and safety in the institution's buildings.\n\nAt no time will "
     "persons other than those the Elm Technology Center Director designates have access to "
     "the recordings of the ETC. Cameras in the ETC will not cover areas where there is an "
     "expectation of privacy. Police may view ETC recordings."),
    # a letterhead's lines before the title; the fields of a policy page run together
    ("use_policy", True, "General Order 12\n\nELM MILITARY INSTITUTE\nElm, Virginia\nGENERAL "
     "ORDER)\nNUMBER\n12)\n07 July 2015\nPOLICY REGARDING SECURITY CAMERA USE\n1. Purpose: "
     "This policy governs the EMI's security cameras. Cameras shall not be placed in "
     "barracks rooms. The EMI Police shall keep recordings for thirty days."),
    ("use_policy", True, "Policy: Policy 4-2: Video Surveillance Date Adopted: Dec 17, 2002\n"
     "Department: Public Safety\n\nVideo surveillance may be used with the President's written "
     "permission, and signs shall be posted where cameras record."),
    # an adoption line and a date, not a reporter's voice
    ("use_policy", True, "Policy EC: Use of Cameras\n\nThe School Committee authorizes the use "
     "of video cameras on district property. Video cameras may be used at school entrances. "
     "The School Committee will be notified before cameras are installed and told of the need "
     "for them.\n\nRegion Voted to Approve: 10/07/08\nEffective Date: 10/16/08"),
    ("effective_date", True, "Policy EC: Use of Cameras\n\nThe School Committee authorizes the "
     "use of video cameras on district property. Video cameras may be used at school "
     "entrances.\n\nRegion Voted to Approve: 10/07/08\nEffective Date: 10/16/08"),
    ("effective_date", False, "Police Department General Order 41.3\n\nEffective Date: "
     "10/16/08\n\nOfficers should review camera footage with the Chief of Police or the "
     "authorized designee."),
    ("use_policy", True, "Camera and Footage Use\n\nThe University will place a camera at one "
     "entry of each campus building, leveraging today's technology for students. Campus "
     "cameras will not be placed in restrooms. University staff will keep footage for thirty "
     "days. This policy applies to every campus building."),
    # a policy's statement of purpose, under a plain line or led in by a label
    ("findings", True, "Security Camera Policy\n\nAdopted by the Board of Regents on May 1, "
     "2024\n\nReason for Policy\n\nCameras are needed to deter and detect crime on the "
     "campus.\n\nPolicy Statement\n\nRecordings shall be kept for thirty days."),
    ("findings", False, "Security Camera Policy\n\nAdopted by the Board of Regents on May 1, "
     "2024\n\nPolicy Statement\n\nRecordings shall be kept for thirty days."),
    ("findings", True, "General Order 12\n\nELM MILITARY INSTITUTE\nPOLICY ON SECURITY CAMERAS"
     "\n\n2. Purpose: The purpose of this policy is to regulate the use of the Institute's "
     "security cameras. Cameras shall not be placed in barracks rooms of the Institute."),
    ("findings", True, "EXECUTIVE ORDER NO. 17-003\n\nThe purpose of this Order is to set the "
     "County's procedures on immigration status.\n\nIT IS HEREBY ORDERED that:\n\n1. County "
     "employees shall not ask about immigration status."),
    ("findings", True, "712 Policy: Video Surveillance\n\nAdopted: 08-23-2007\n\nIt is the "
     "policy of I.S.D. 834 to keep students safe on district property. Cameras may be placed in "
     "hallways."),
    # a recital under a long caption line opens a paragraph of its own
    ("findings", True, "RESOLUTION NO. 2003-99\nRESOLUTION OF THE CITY COUNCIL OF THE CITY OF "
     "ELM AUTHORIZING THE EXPENDITURE OF STATE EQUIPMENT PROGRAM FUNDS TO PURCHASE EQUIPMENT AND "
     "UPGRADE SYSTEMS\nWHEREAS, in January 2003, the City received funds from the State for the "
     "purchase of new technology.\nNOW, THEREFORE, BE IT RESOLVED that the City Council "
     "authorizes the purchase of surveillance equipment."),
    # a district's procedures carry out a board's policy; they are none
    ("use_policy", False, "4:200-AP1 Access to Video Recordings\n\nThis procedure implements "
     "Board Policy 4:190. The District's video recordings shall be stored in a secure location "
     "and kept for thirty days."),
    ("data_sharing_limits", False, "10.65.P.1 Student Biometric Information\n\nThe District "
     "shall not release student biometric information to any third party without consent."),
    # news of a resolution, how to ask for records, a fund's spending, rules for hobby flights
    ("data_sharing_limits", False, "Non-Discrimination Resolution\n\nThe Board of County "
     "Commissioners tonight approved a resolution to protect sensitive information. County "
     "information shall not be shared with federal immigration authorities, the resolution "
     "says, except under a judicial warrant."),
    ("public_records", False, "Sec. 3-4. Records requests.\n\nAll requests for public "
     "documents, including police camera recordings, shall be made in writing on a form made "
     "available to the public on the town website."),
    ("council_approval", False, "Sec. 2-9. Recording fee fund.\n\nAppropriations from the "
     "Police Recording Copying Fee Fund for camera equipment shall be subject to approval by "
     "the County Council."),
    ("use_policy", False, "Unmanned Aircraft Systems Policy\n\nAdopted by the Board of "
     "Trustees on May 1, 2024\n\nAll operation and use of drones and model aircraft on "
     "university property must be approved in advance by the university."),
    # glossaries under other definitions lines, in other forms
    ("definitions", True, "Video Surveillance Policy\n\nAdopted by the Board of Regents on May "
     "1, 2024\n\n3.0 Definitions/Terms\n\nCamera Operator- A person viewing or controlling a "
     "camera.\n\n4.0 Rules\n\nRecordings shall be kept for thirty days."),
    ("definitions", True, "Drone Policy\n\nAdopted by the Board of Trustees on May 1, 2024\n\n"
     "(B) Policy definitions\n\nUnmanned aircraft system (UAS): any remotely controlled "
     "aircraft.\n\n(C) Operation\n\nThe university's drones shall not record residence halls."),
    ("definitions", False, "Building Camera Rule\n\nAdopted by the Board of Regents on May 1, "
     "2024\n\n2. Definitions:\n\nThe definitions in University Policy 3-234 apply.\n\n3. "
     "Rule:\n\nUnregistered cameras are prohibited, unless exempted, and recordings are kept "
     "for thirty days."),
    ("definitions", True, "Classroom Cameras\n\nAdopted by the School Board on May 1, 2024\n\n"
     "For purposes of this policy, classroom shall mean a self-contained special education "
     "setting. Cameras shall be placed in each classroom on a parent's request."),
    ("definitions", True, "3111 Drones\n\nAdopted by the Board of Education on May 1, 2024\n\n"
     "As used in this Policy, a \u201cdrone\u201d is an unmanned aircraft. The District's drones "
     "shall not record classrooms."),
    # noncompliance with the policy, disciplined
    ("enforcement", True, "Video Surveillance\n\nAdopted by the Board of Visitors on May 1, "
     "2024\n\nThe purpose of this policy is to regulate the university's cameras. "
     "Noncompliance with this policy may result in disciplinary action up to and including "
     "termination."),
    # the body adopting the policy, named with its city; the institution's own "may use"
    ("use_policy", True, "RESOLUTION NO. 24-94\nA RESOLUTION OF THE ELM CITY COUNCIL ESTABLISHING "
     "A POLICY FOR PLATE READERS\nNOW, THEREFORE, BE IT RESOLVED that the City Council of the "
     "City of Elm hereby adopts the attached Plate Reader Policy for the use of plate reader "
     "cameras in the City."),
    ("use_policy", True, "Drone Policy\nApproved by the Chief Operating Officer\n\nPOLICY\nThe "
     "purpose of this policy is to set standards and procedures for the use and storage of the "
     "images Metro's drones collect.\n\nMetro may use drones to inspect Metro parks and "
     "trails."),
    # "Under no circumstances will": a board's bar
    ("facial_recognition_ban", True, "Video Monitoring\n\nAdopted by the Board of Education on "
     "May 1, 2024\n\nThe Board supports video monitoring. Under no circumstances will students "
     "be subjected to facial recognition or biometric surveillance systems."),
    # a board's stated reasons
    ("findings", True, "Security Camera Policy\n\nAdopted by the Board of Trustees on May 1, "
     "2024\n\nPOLICY STATEMENT: The Board of Trustees believes it is necessary to protect the "
     "security of patrons. Recordings shall be kept for thirty days."),
    ("findings", False, "Security Camera Policy\n\nAdopted by the Board of Trustees on May 1, "
     "2024\n\nIf the Board of Trustees believes it is necessary, the Director shall move a "
     "camera. Recordings shall be kept for thirty days."),
    # an executive order's and a board's enacting words
    ("enacting_clause", True, "EXECUTIVE ORDER NO. 17-003\n\nThe purpose of this Order is to "
     "set the County's procedures.\n\nIt is hereby ordered that:\n\n1. County employees shall "
     "not ask about immigration status."),
    ("enacting_clause", True, "Security Camera Policy\n\nAdopted by the Board of Trustees on "
     "May 1, 2024\n\nThe Board of Trustees of the Elm Library establishes its Security Camera "
     "Policy as follows:\n\n1. Recordings shall be kept for thirty days."),
    # a legislative record's captions: a joint resolution under its Title field, type and title
    # on one line
    ("title", True, "Title\nJoint resolution authorizing an agreement between the Village of Elm "
     "and the County for a shared video evidence system.\nBody\nThe County shall store the "
     "Village's recordings for thirty days."),
    ("title", True, "Resolution - A Resolution Authorizing the City Manager to Enter into a "
     "Memorandum of Understanding on Traffic Video Sharing\n\nNOW, THEREFORE, BE IT RESOLVED "
     "that the City Manager is authorized to sign the memorandum."),
    # a transportation office's privacy notice describes; it sets no policy
    ("use_policy", False, "Plate Reader Data Privacy Notice\n\nElm University\nTransportation "
     "Services\nPrivacy Notice\n\nThis notice tells students and visitors about the "
     "University's use of plate reader cameras in campus parking lots. Campus cameras are "
     "active all day in the areas included in this policy. University staff keep the data for "
     "thirty days."),
]


# Batch 25's misses and false verdicts, answered after its single measurement (now seen).
CAUSES_25: list[tuple[str, bool, str]] = [
    # untitled decimal subsections stay under their parent's title
    ("definitions", True, "Surveillance Systems Policy\n\nAdopted by the Board of Trustees on "
     "May 1, 2024\n\n4.0 Rules\n\n4.1 Recordings shall be kept for thirty days.\n\n5.0 "
     "Definitions\n\n5.1 Surveillance System. A fixed or mobile system used to record on "
     "college property."),
    ("definitions", False, "Surveillance Systems Policy\n\nAdopted by the Board of Trustees on "
     "May 1, 2024\n\n5.0 Rules\n\n5.1 Surveillance System. Recordings of the college's "
     "cameras shall be kept for thirty days."),
    ("definitions", False, "Security Camera Policy\n\nAdopted by the Board of Trustees on May "
     "1, 2024\n\nDefinitions\n\nThere are no definitions for this policy at this time.\n\n"
     "Procedures\n\nRecordings shall be kept for thirty days."),
    # statements of purpose in other words
    ("findings", True, "Video and CCTV Security Systems\n\nApproved by the Board of Trustees on "
     "May 1, 2024\n\nIt is the policy of Elm State "
     "University to manage the use of its cameras so that safety is enhanced. Recordings shall "
     "be kept for thirty days."),
    ("findings", True, "Drone Policy\n\nAdopted by the Board of Trustees on May 1, 2024\n\n"
     "Purpose of the Policy: To provide guidance on the university's use of drones. The "
     "university's drones shall not record residence halls."),
    ("findings", True, "Surveillance Systems\n\nAdopted by the Board of Regents on May 1, 2024"
     "\n\nPreamble: This policy was created to regulate surveillance cameras on campus. "
     "Recordings shall be kept for thirty days."),
    ("findings", True, "Policy 3710H\nSECURITY CAMERAS\n\nApproved by the Board of Trustees on "
     "May 1, 2024\n\nTo protect privacy in accordance "
     "with the law, this policy is adopted to formalize procedures for the college's cameras. "
     "Recordings shall be kept for thirty days."),
    # sanctions and their look-alikes in a board's policy
    ("enforcement", True, "Plate Reader Policy\n\nAdopted by the Board of Regents on May 1, "
     "2024\n\nStaff shall use the plate readers only for parking. Any other use is "
     "unauthorized and may result in disciplinary action."),
    ("enforcement", False, "Bus Cameras\n\nAdopted by the Board of Education on May 1, 2024"
     "\n\nThe tapes from these cameras will be used to assist school administrators in "
     "deciding upon appropriate disciplinary action."),
    # who may see the recordings, in a board's policy
    ("use_policy", True, "CAMERAS IN CLASSROOMS\n\nAdopted by the School Board on May 1, 2024"
     "\n\nThe School Board directs the Superintendent to set procedures for the installation "
     "and operation of cameras in special education classrooms. A recording may be viewed by "
     "the Superintendent or a parent of a recorded student."),
    ("data_sharing_limits", True, "Use of Video Cameras\n\nAdopted by the Board of Education on "
     "May 1, 2024\n\nThe videotapes are student records. Only those persons with a legitimate "
     "purpose may view the videotapes."),
    # batch 26: a handbook's entry that closes by naming the board policy it restates
    ("definitions", False, "11.30 - Student Biometric Information\n\nBiometric information "
     "means any information collected to identify a student by a physical trait.\n\nBefore "
     "collecting it, the District shall obtain written consent.\n\nElm School District 16 "
     "Policy, 7:340, Student Records"),
    ("definitions", True, "7:340 Student Biometric Information\n\nBiometric information means "
     "any information collected to identify a student by a physical trait.\n\nBefore "
     "collecting it, the District shall obtain written consent.\n\nAdopted: May 1, 2024"),
    # the longest the images are kept, as an overwrite interval
    ("use_policy", True, "Section 10.78. Use of captured images.\n\n(a) Data storage devices in "
     "a taxicab must be configured to overwrite recorded images at intervals not to exceed 60 "
     "days."),
    # a model policy's "I. PURPOSE" run into its title line
    ("findings", True, "Video Surveillance in School Buildings, No. 712.0 I. PURPOSE Keeping "
     "students safe on district property is the purpose of this policy. II. GENERAL STATEMENT "
     "OF POLICY The school board authorizes the use of video cameras in school buildings.\n\n"
     "Adopted: May 1, 2024"),
    # a college's own police, its chief and sworn staff named, run the college's plate readers
    ("use_policy", True, "Parking Privacy Policy\n\nThis policy sets rules for plate reader "
     "data at Elm College. The Elm College Police Department uses plate readers for parking. "
     "Sworn personnel are authorized to access the data for law enforcement only. This policy "
     "is reviewed by the Chief of Police. Data will be kept for thirty days."),
    # a district's procedure under its policy code
    ("use_policy", False, "FILE: EBCB-P\n\nCf: EBCB\n\nVIDEO SURVEILLANCE PROCEDURES\n\nThe "
     "School Board authorizes the use of video cameras. A recording may be viewed by the "
     "principal. Recordings shall be kept for thirty days."),
]


# Seen misses of batches 24 to 26 answered before batch 27 was opened.
CAUSES_BEFORE_27: list[tuple[str, bool, str]] = [
    # a glossary with no "Definitions" line over it: three terms or more in a row
    ("definitions", True, "Camera Policy\n\nApproved by the Board of Regents on May 1, 2024\n\n"
     "Camera Operator: The person assigned by a department to manage its cameras and their "
     "recordings.\n\nRecording: Any image or sound captured by a camera and stored on the "
     "network.\n\nPublic Area: Any space on campus open to students, staff and visitors.\n\n"
     "Recordings shall be kept for thirty days."),
    ("definitions", True, "Biometric Policy\n\nApproved by the Board of Trustees on May 1, 2024"
     "\n\n- Biometric Identifier. A scan of a person's face, hand, retina or iris geometry.\n"
     "- Biometric Information. Information based on a biometric identifier and used to "
     "identify a person.\n- Biometric Data. A collective term for identifiers and information "
     "of either kind.\n\nThe University shall not sell biometric data."),
    # run-in headings over rules, a page's fields and roman-numbered paragraphs are no glossary
    ("definitions", False, "Camera Policy\n\nApproved by the Board of Regents on May 1, 2024\n\n"
     "Retention. Recordings from campus cameras shall be kept for thirty days.\n\nAccess. "
     "Only the Chief of Police and staff named by the Chief may view the recordings.\n\n"
     "Release. Recordings will be released to other agencies only upon a warrant."),
    ("definitions", False, "Campus Cameras\n\n- Responsible Office: University Police, "
     "Division of Administration\n- Current Approved Version: 10/07/2020\n- Policy Type: "
     "Administrative\n\nThe University shall keep recordings for thirty days."),
    ("definitions", False, "Use of Security Cameras\n\nI. The District has established that "
     "the safety of students and staff comes first in all of its schools.\n\nII. The "
     "District Police Department manages every proposed and existing camera on district "
     "property.\n\nIII. This policy applies to all faculty, students and staff of the "
     "district and its schools.\n\nIV. The District uses cameras to deter crime on its "
     "property and at its events."),
    ("definitions", False, "BE IT FURTHER RESOLVED, that the Board Chair is authorized to sign "
     "the grant documents.\n\nLAW ENFORCEMENT: Yeas: Roe, Doe, Poe, Loe, Moe\n\nJUDICIARY: "
     "Yeas: Roe, Doe, Poe, Loe, Moe\n\nFINANCE: Yeas: Roe, Doe, Poe, Loe, Moe"),
    # a university system's rules are called a "Regulation" (its fields, scope and purpose as
    # UNCSA's print them)
    ("use_policy", True,
     "Campus Camera System (CCS) Regulation 402\n\nRegulation 402 Approved: September 6, "
     "2023\nCampus Camera System (CCS) Regulation\nRegulation 402\nSource of Authority: G.S. "
     "12-34(a); 13-1.4A\nSystem Code § 302(A); 1200.2\nRevision Authority: "
     "Chancellor\nHistory: First Issued: May 21, 2018\nResponsible Offices: Campus Police, "
     "OSEM\nEffective Date: September 6, 2023\n\nI. Purpose\n\n1.1 The purpose of this "
     "regulation is to regulate the use of Campus Camera System (CCS) cameras on ESU property."
     " Surveillance cameras are used to monitor and record public areas for the purposes of "
     "safety and security.\n\n1.2 CCS is a safeguard that has served as a crime deterrent for "
     "many years. Its use provides significant security value for the University.\n\nII. "
     "Scope\n\n2.1 The parameters of this regulation apply to the use of the CCS for "
     "surveillance purposes, as well as apply to all personnel, colleges and departments of "
     "the University.\n\nIII. Definitions\n\nIV. Regulation\n\n4.1 OSEM is the department "
     "authorized to oversee and coordinate the use of CCS monitoring for safety and security "
     "purposes for the university. All university departments using CCS are responsible for "
     "implementing this regulation in their respective operations. The University Police "
     "Department has primary responsibility for assisting university departments in "
     "implementing their CCS procedures. All new installations will conform to installation "
     "and operating standards established by OSEM. All existing CCS systems will be evaluated "
     "for compliance with these standards.\n\n4.2 The primary purpose of CCS at ESU is for the"
     " safety and security of students, staff, faculty, a, and visitors."),
    # a caption in title case over the recitals, saying what the resolution is about
    ("title", True, "A Resolution on Next Steps in Public Safety Technology in Elm\n\nWHEREAS, "
     "the Town Council asked for a review of the police department's cameras; and\n\nNOW, "
     "THEREFORE, BE IT RESOLVED by the Town Council that the Manager report on each camera."),
    ("title", True, "Elm Borough, Alaska Passed on December 13, 2005 A resolution of the Elm "
     "Borough Assembly reaffirming its commitment to privacy.\n\nWHEREAS, the Alaska "
     "Constitution protects the right of privacy; and\n\nNOW, THEREFORE BE IT RESOLVED that "
     "the Assembly opposes surveillance without a warrant."),
    ("title", False, "A resolution on cameras will come before the Town Council next month.\n\n"
     "WHEREAS, the draft says, the Town values privacy; and the draft goes on from there."),
    # a numbered section whose whole text is one short sentence is no heading
    ("severability", True, "Section 1. A City department shall obtain City Council approval "
     "before acquiring surveillance technology.\n\nSection 7. The provisions of this ordinance "
     "are severable."),
    ("severability", False, "Section 1. A City department shall obtain City Council approval "
     "before acquiring surveillance technology.\n\nSection 7. The provisions of this ordinance "
     "are to be read together."),
    # Seattle's adoption line
    ("signature_block", True, "Section 1. A City department shall obtain City Council approval "
     "before acquiring surveillance technology.\n\nPassed by the City Council the 5th day of "
     "June, 2023, and signed by me in open session in authentication of its passage this 5th "
     "day of June, 2023.\n\nPresident of the City Council"),
    # Texas's adoption line closes a resolution above the mayor's name
    ("signature_block", True, "RESOLUTION NO. 24-101\n\nBE IT RESOLVED BY THE CITY COUNCIL OF "
     "THE CITY OF ELM:\n\nTHAT the City Manager is authorized to sign the agreement.\n\n"
     "PASSED BY THE CITY COUNCIL of the City of Elm this the 21st day of September, 2024.\n\n"
     "- Mayor Jane Roe -"),
]

# Batch 27's misses and false verdicts, answered after its single measurement (now seen).
_ADOPTED = "Approved by the Board of Regents on May 1, 2024"
CAUSES_27: list[tuple[str, bool, str]] = [
    # statements of purpose in more of institutions' forms
    ("findings", True, "Use of Security Cameras on University Property\n\nDefinition:It is the "
     "policy of Elm State University to use video cameras as one way of deterring crime on "
     "campus.\nAuthority:Authority of the University President.\n\nRecordings shall be kept "
     "for thirty days."),
    ("findings", True, f"Drones\n\n{_ADOPTED}\n\nReason for Policy – The policy is "
     "established to require compliance with the law on drones and to protect privacy.\n\n"
     "University drones shall not fly over residence halls."),
    ("findings", True, "Elm University\n\nFP-12 Security Camera Policy\n\nI. Preamble\n\n"
     "Cameras are now common on campuses. Because the University respects privacy, this "
     "policy governs its cameras.\n\nII. Policy\n\nRecordings shall be kept for thirty days."),
    ("findings", True, f"University Policy 12\nVideo Cameras\n\n{_ADOPTED}\n\nIt is the intent "
     "of this policy to respect the privacy of students while allowing cameras for safety. "
     "Recordings shall be kept for thirty days."),
    ("findings", True, f"Campus Camera Policy\n\n{_ADOPTED}\n\nThe purpose of the Campus Camera "
     "Policy is to set one process for cameras at Elm University. Recordings shall be kept "
     "for thirty days."),
    ("findings", True, "Residence Handbook\n\n12 Camera Policy The purpose of the camera policy is "
     "to limit the cameras to security. This policy applies to all staff of the College. "
     "Recordings of the College's cameras will be kept for thirty days. Misuse of the College's "
     "cameras will result in disciplinary action under the College's rules for students."),
    ("findings", True, "Elm Public Library\nPrivacy of Library Records\n\nThe Elm Public Library "
     "Board has adopted this policy to protect the privacy of library users. The library will "
     "not release records except upon a court order."),
    ("findings", True, "This policy ensures the proper use of cameras at Elm Technical College "
     "while protecting privacy. The College will keep recordings for thirty days. Recordings "
     "will be viewed only by the College's security staff."),
    ("findings", True, "ORDINANCE NO. 1234\nAN ORDINANCE OF THE CITY COUNCIL OF THE CITY OF ELM "
     "ADDING CHAPTER 11 REGARDING DRONES.\nThe City Council of the City of Elm does hereby "
     "ordain as follows:\nSECTION 1. The City Council finds and determines as follows:\nA. "
     "Drones have grown in number since 2015."),
    ("findings", True, "BP 3515\nCAMPUS SECURITY\nPolicy of the Board of Education\nThe Board "
     "believes that reasonable use of surveillance cameras will help the District keep its "
     "schools safe. The Superintendent shall set rules for the cameras."),
    ("findings", False, "BP 3515\nCAMPUS SECURITY\nPolicy of the Board of Education\nIf the "
     "Board believes that a camera was misused, the Superintendent shall investigate. The "
     "Superintendent shall set rules for the cameras."),
    # captions after a letterhead's place, after "RESOLUTION:", under a record's Title field
    ("title", True, "CITY OF ELM RESOLUTION NO. 15225\nAFFIRMING THE CITY OF ELM'S COMMITMENT TO "
     "THE PRIVACY OF ALL RESIDENTS\nWHEREAS the City of Elm values privacy; and\nNOW, "
     "THEREFORE, BE IT RESOLVED that the City shall not share data with immigration agents."),
    ("title", True, "RESOLUTION: TO ENSURE THE SAFETY OF OUR IMMIGRANT COMMUNITY\nWHEREAS, the "
     "City of Elm is a welcoming city; and\nNOW, THEREFORE, BE IT RESOLVED that the City "
     "shall not share data with immigration agents."),
    ("title", True, "File #: 10158    Version: Name: Security cameras\nType: Resolution Status: "
     "Passed\nTitle\nSUBSTITUTE - Adopting a policy on the use of security cameras by City "
     "agencies.\nBody\nWHEREAS, the Council asked for a camera policy; and\nNOW, THEREFORE, "
     "BE IT RESOLVED that the policy is adopted."),
    ("title", False, "Agenda\n\nResolution: to be considered at the next meeting\n\nThe Council "
     "heard from the Chief about the cameras."),
    # an oversight body's membership set in the law
    ("oversight_body", True, "2.65.050 Members.\n\nA. The Commission shall consist of seven "
     "voting members appointed by the Council under Chapter 2.25."),
    ("oversight_body", False, "2.65.050 Members.\n\nA. The Commission may meet as often as "
     "its chair decides, under Chapter 2.25."),
    # who alone may see the data, in a university's policy; access to the equipment is no limit
    ("data_sharing_limits", True, f"Camera Use Policy\n\n{_ADOPTED}\n\nThe purpose of this "
     "policy is to govern the University's cameras.\n\n- Only authorized personnel, as "
     "determined by this policy and authorized by the Chancellor or designee, will have access "
     "to surveillance camera data.\n- University Police will keep recordings for thirty days."),
    ("data_sharing_limits", False, f"Camera Use Policy\n\n{_ADOPTED}\n\nThe purpose of this "
     "policy is to govern the College's cameras.\n\nOnly authorized personnel shall have "
     "access to the video monitoring and recording equipment and systems. The College will "
     "keep recordings for thirty days."),
    # film kept on the premises but for a court order; a statute's confidential data
    ("data_sharing_limits", True, "Elm City School District\n\nAdoption Date: 12/20/2011\n\n"
     "7341 Use of Video Cameras on School Buses\n\nThe Superintendent shall be the custodian "
     "of the film. Under no circumstances will the District's film be duplicated or removed "
     "from District premises unless in accordance with a court order or subpoena."),
    ("data_sharing_limits", True, "Sec. 2. 29-A MRSA §2117 is enacted to read:\n\n3. "
     "Confidentiality. Data collected under subsection 2 are confidential and are available "
     "for use only by a law enforcement agency in carrying out its functions."),
    # a library's records released only as the state's law allows
    ("data_sharing_limits", True, "Elm Public Library\nPrivacy of Library Records\n\nThe Elm "
     "Public Library Board has adopted this policy to protect the privacy of library users.\n"
     "Under Section 43.30, library records which show who used the library may only be "
     "disclosed:\n(a) With the consent of the user.\n(b) By court order."),
    # a page of questions and answers about a code, a policy's update, a board's news
    ("definitions", False, "Camera Requirements FAQs\n\nChapter 28 (Sections 28-671 to 28-673) of "
     "the Code of Ordinances\n\n1. Do the requirements apply to my business? The ordinance "
     "covers these businesses:\n- Nightclubs and bars. An establishment that sells alcohol "
     "for drinking on the premises.\n- Game rooms. A building that contains six or more game "
     "machines.\n- Convenience stores. A business that sells groceries and fuel to the "
     "public.\n2. What is the requirement? Covered businesses shall have working cameras."),
    ("use_policy", False, "Elm University\nJuly 15, 2022\n\nVideo Security Policy Update\n\n"
     "The University has never used face recognition on campus. Based on comments from the "
     "community, the University will keep recordings for thirty days and will not share them "
     "with other agencies except upon a warrant."),
    ("use_policy", False, "School Board OKs Policies on Recordings\n\nThe Elm School Board "
     "approved two policies in a second reading at the Nov. 24 meeting. The policy calls for "
     "the board to authorize cameras on school property, and recordings will be kept for "
     "thirty days."),
    # a district's page that restates its board policy and sends the reader to it
    ("use_policy", False, "School Bus Conduct\n\nRecordings may be used on school buses to "
     "monitor conduct. Notice of recordings shall be displayed at the bus door.\n\nRead more: "
     "Board Policy 5380: Bus Conduct"),
    ("use_policy", False, "Use of Video Monitoring\nThe Board of Education supports cameras in "
     "schools. Video surveillance may be used on district property and buses.\nPlease refer to "
     "Board policies ECAF and ECAF-R for more information on district procedures."),
    # a policy's page links the procedures that carry it out: it is still the policy
    ("findings", True, "6-14: Security Cameras – Policy\n\nAssociated Procedures\n\nSecurity "
     "Cameras – Procedures\n\nPolicy Overview\n\nThis policy provides rules for cameras at "
     "Elm Community College (ECC) to deter crime and protect ECC property.\n\nScope\n\nECC "
     "will use cameras only in public areas."),
    # a library's overview that describes its cameras states no purpose
    ("findings", False, "Elm County Library\n\n(Approved by the Library Board May 1, 2024.)\n\n"
     "Overview\n\nThe Library uses a video surveillance system at all branches.\n\nRules"
     "\n\nRecordings will be kept for thirty days."),
]

# Batch 28's misses and false verdicts, answered after its single measurement (now seen).
CAUSES_28: list[tuple[str, bool, str]] = [
    # a policy's statement of what it is for
    ("findings", True, f"Video Surveillance\n\n{_ADOPTED}\n\nThis policy governs camera "
     "surveillance of public areas at Elm University and serves to deter crime. Recordings "
     "will be kept for fourteen days."),
    ("findings", True, f"Drone Policy\n\n{_ADOPTED}\n\nThis policy addresses the requirements "
     "for safe and legal operation of drones at Elm State University. University drones shall "
     "not fly over residence halls."),
    ("findings", True, f"Camera Policy\n\n{_ADOPTED}\n\nThe Elm Camera Policy and Guidance "
     "(Policy) establishes guidelines for cameras consistent with the University's interest in "
     "privacy. Recordings will be kept for thirty days."),
    ("findings", False, f"Camera Policy\n\n{_ADOPTED}\n\nThis policy applies to all employees "
     "and students of Elm University. Recordings will be kept for thirty days."),
    # glossaries in more forms: a table run together under its header row, ".010 Definitions",
    # "Definition(s)", a quoted term with its meaning, a page's "Definition:" field
    ("definitions", True, f"Video Surveillance\n\n{_ADOPTED}\n\nV. Definition of Terms\n\nTerm "
     "Definition\nVideo Surveillance Camera A camera that captures images and sends them to "
     "storage.\nData Storage System A computer used to store data.\n\nVI. Procedures\n\n"
     "Recordings will be kept for thirty days."),
    ("definitions", True, f"Drones\n\n{_ADOPTED}\n\n.010 Definitions\n\n\"Part 107 waiver\" "
     "An FAA waiver allowing flights not otherwise permitted.\n\n.020 Rules\n\nUniversity "
     "drones shall not fly over residence halls."),
    ("definitions", True, f"Surveillance Governance\n\n{_ADOPTED}\n\nII. Definition(s)\n\n"
     "Digital Surveillance System – Any video installation that can view university spaces."
     "\n\nIII. Policy\n\nRecordings will be kept for fourteen days."),
    ("definitions", True, "010.0700 Video Surveillance\n\nAdopted: May 1, 2024\n\nDefinition: "
     "Surveillance cameras are video cameras that observe an area and record it.\n\nThe "
     "District will keep recordings for thirty days."),
    ("definitions", False, "Security Cameras\n\nDefinition:It is the policy of Elm State "
     "University to use cameras to deter crime.\nAuthority:Authority of the University "
     "President.\n\nRecordings shall be kept for thirty days."),
    # who may see the data, and data gathered against the policy barred from use
    ("data_sharing_limits", True, f"Physical Security Data\n\n{_ADOPTED}\n\nThe purpose of this "
     "policy is to govern the University's cameras. Recorded data will be stored for thirty "
     "days, in a secure location accessible by authorized staff only."),
    ("enforcement", True, f"Physical Security Data\n\n{_ADOPTED}\n\nThe purpose of this policy "
     "is to govern the University's cameras. Information obtained in violation of this policy "
     "may not be used in any disciplinary proceeding against a member of the University's "
     "faculty, staff, or student body."),
    ("enforcement", False, f"Physical Security Data\n\n{_ADOPTED}\n\nThe purpose of this policy "
     "is to govern the University's cameras. Recordings may be used in a disciplinary "
     "proceeding against a student."),
    ("data_sharing_limits", True, "FGAC Bus Conduct\n\nAdopted: May 1, 2024\n\nThe video tapes "
     "are confidential student records. Only those having a legitimate educational purpose "
     "shall be able to review such information."),
    ("data_sharing_limits", True, "010.0700 Video Surveillance\n\nAdopted: May 1, 2024\n\n4.1    "
     "Surveillance recordings will be released to the public only in conformance with the "
     "state's records act."),
    # news of policies approved, a page listing policies, a vague "official purposes" limit,
    # recordings treated as evidence in discipline
    ("use_policy", False, "University security policies approved\n\nThe updated Electronic "
     "Surveillance Policy was approved by the President. It addresses the retention, storage, "
     "access and dissemination of recordings, which will be kept for thirty days."),
    ("use_policy", False, "University Policies on Surveillance\n\nThe following university "
     "policies are the main policies governing the operation of surveillance cameras. "
     "Departments will ensure their cameras work with the central system."),
    ("data_sharing_limits", False, f"Security Camera Policy\n\n{_ADOPTED}\n\nThe purpose of this "
     "policy is to govern the College's cameras. Authorized users are prohibited from using or "
     "disseminating information acquired from the College's cameras, except for official "
     "purposes."),
    ("enforcement", False, "FGAC Bus Conduct\n\nAdopted: May 1, 2024\n\nThe tapes are student "
     "records. If a tape becomes the subject of a disciplinary proceeding, it shall be treated "
     "like all other evidence in the hearing."),
    # a board's or district's stated reasons
    ("findings", True, "1007.1 Drones on School Grounds\n\nThe Elm Community School District is "
     "committed to the safety of students. With that commitment in mind, this policy sets "
     "expectations for drones on district property. No drone shall fly over a school without "
     "the superintendent's leave.\n\nAdopted: May 1, 2024"),
    ("findings", True, "906 Drones\n\nThe Elm Community School believes in maintaining the "
     "safety and privacy of students. In keeping with this belief, drones are prohibited on "
     "district property.\n\nAdopted: May 1, 2024"),
    ("findings", True, "7440 Facility Security\n\nThe school buildings are a substantial public "
     "investment. It is therefore in the interest of the school community that the Board "
     "protect its investment. The Superintendent shall set up a security program.\n\n"
     "Adopted: May 1, 2024"),
]

# Batch 29's misses and false verdicts (an informational batch), answered after its measurement.
CAUSES_29: list[tuple[str, bool, str]] = [
    ("findings", True, f"Video Security Cameras\n\n{_ADOPTED}\n\nThe purpose of this document is "
     "to set rules for the University's cameras. Recordings will be kept for thirty days."),
    ("findings", True, "3344-76-01 Closed circuit television.\n\n(A) Purpose\n\nThis rule "
     "regulates the use of cameras at Elm State University. Recordings will be kept for thirty "
     "days.\n\nPromulgated Under: 111.15"),
    ("enforcement", True, f"Cameras\n\n{_ADOPTED}\n\nThe purpose of this policy is to govern the "
     "University's cameras. Failure to comply with this policy could result in discipline or "
     "loss of camera access."),
    ("definitions", True, f"Security Cameras\n\n{_ADOPTED}\n\nFor the purpose of this policy "
     "security camera is defined as a camera used to record public areas of the University."),
    ("data_sharing_limits", True, "Security Cameras in Residential Facilities\n\nWhile respecting "
     "privacy, University Student Housing has placed cameras in the residence halls to keep "
     "students safe.\n\n- Cameras are only placed in common areas of the University's halls."
     "\n- Cameras will not be placed in student rooms or bathrooms.\n- If University Student "
     "Housing determines that footage needs to be removed, it will only be reviewed by "
     "individuals with a legitimate need to do so."),
    ("findings", True, "Biometric Data Policy\n\nElm University (\"University\") has instituted "
     "the following Biometric Data Policy (this \"policy\") to describe the University's "
     "practices for the biometric data of students.\n\nFor purposes of this policy, "
     "\"Biometric Data\" means data from a scan of a student's face or hand.\n\nThe University "
     "will not sell biometric data."),
    # a university's own police department, named with the university, runs its plate readers
    ("use_policy", True, "License Plate Reader Policy\nPolicy O-35\nIssued By: Chief Jane Roe\n"
     "Effective Date: 07/01/2025\nI. Purpose\nThe purpose of this policy is to give Elm & Ash "
     "Police Department (EAPD) personnel rules for the use of plate reader data.\nII. Policy\n"
     "Elm & Ash is committed to the quality of life of the university community. The "
     "Department will keep plate reader data for thirty days and use it only for criminal "
     "investigations on campus and on university property."),
    # a policy page's dates in a history field or a table; an institution's sanctions
    ("effective_date", True, "Title: Security Camera Policy\nApproved by: the College Council\n"
     "History: Effective date: August 17, 2015; Revised August 22, 2018\nPolicy Statement\n"
     "The College installs cameras in public areas of its campus. The College does not "
     "install cameras in private areas. Recordings will be kept for thirty days by College "
     "staff."),
    ("effective_date", True, "Cameras on Campus Policy\n\nEffective Date | February 25, 2020 |"
     "\n\nThis policy governs the cameras the College installs in public areas of its campus. "
     "The College will keep recordings for thirty days. Only College staff will review "
     "recordings."),
    ("enforcement", True, "Video Surveillance Policy\n\nPolicy: The University may use video "
     "cameras on University property to deter crime on campus.\n\nSanctions may include but "
     "are not limited to suspension of technology privileges, termination of employment, "
     "and criminal prosecution."),
    # a memorandum of understanding a policy cites is no memo about the policy
    ("use_policy", True, "Title: Security Camera Policy\nApproved by: the College Council\n"
     "Additional References: Memorandum of Understanding between the Colleges and Campus "
     "Safety\nPolicy Statement\nThe College installs cameras in public areas of its campus. "
     "The College does not install cameras in private areas. Recordings will be kept for "
     "thirty days by College staff."),
    # a resolving clause that names a "St." place and directs, in the indicative, a yearly report
    ("annual_report", True, "Resolution No. 18-134\n\nWhereas, the city values learning; and\n\n"
     "Now therefore be it resolved by the city council of the city of St. Elm Park that the "
     "city manager is directed to provide a report on the body cameras to the city council "
     "within six months of the policy's approval and annually thereafter."),
    ("annual_report", False, "Resolution No. 18-134\n\nWhereas, the city values learning; and\n\n"
     "Now therefore be it resolved by the city council of the city of St. Elm Park that the "
     "city manager is thanked for the report on the body cameras given to the council "
     "annually."),
    # a statute's private action: "may institute and prosecute ... a civil action"
    ("enforcement", True, "§ 4505. Violations\n\nIf a law enforcement agency violates this "
     "chapter, the person about whom information was collected in violation of this chapter "
     "may institute and prosecute in that person's own name a civil action for damages."),
    # a city police department's manual stays a manual
    ("use_policy", False, "License Plate Reader Policy\nPolicy 462\nIssued By: Chief Jane Roe\n"
     "I. Purpose\nThe purpose of this policy is to give Elm Police Department (EPD) members "
     "rules for the use of plate reader data.\nII. Policy\nMembers of the Department will "
     "keep plate reader data for thirty days. Officers may share data with the Elm University "
     "police for criminal investigations."),
    ("use_policy", False, "University Police: Campus Cameras\n\nThe University Video Security "
     "Policy, approved in 2020, states that:\n- cameras will be installed only with the "
     "Chief's approval;\n- recordings will be kept for thirty days."),
]

# General readings written before batch 30 was opened, from the kinds of text every fresh batch
# missed (batches 24 to 29): a policy's opening reasons in any words, glossaries and statements of
# purpose under any of the usual section names, and a college's own officers.
_LIBRARY = (
    "Security Camera Policy\n\nAdopted by the Elm Public Library Board of Trustees on May 1, 2024"
)
CAUSES_BEFORE_30: list[tuple[str, bool, str]] = [
    # the opening paragraphs of a board's policy state its reasons in words of their own
    ("findings", True, f"{_LIBRARY}\n\nThe Elm Public Library strives to maintain a safe and "
     "welcoming environment for patrons and staff.\n\nRecordings shall be kept for thirty days."),
    ("findings", True, f"{_LIBRARY}\n\nUnmanned aircraft offer the library opportunities for "
     "teaching and outreach, and raise questions of patron privacy.\n\nNo drone shall be flown "
     "over library property without the director's approval."),
    ("findings", True, "Video Camera Policy\n\nThe Elm School District has installed video "
     "cameras to aid the physical security of district property and of its students.\n\nThe "
     "district shall keep recordings for thirty days. Students who damage cameras shall be "
     "disciplined."),
    # ... but not its rules, its scope or a term's meaning
    ("findings", False, f"{_LIBRARY}\n\nThe Elm Public Library will keep recordings for thirty "
     "days to protect the privacy of patrons.\n\nThis policy applies to all library branches and "
     "to the safety of the library's patrons."),
    ("findings", False, f"{_LIBRARY}\n\nA security camera means a camera that records the "
     "safety of library areas.\n\nRecordings shall be kept for thirty days."),
    # ... and a code section's first paragraph is a rule, whatever it is for
    ("findings", False, "Sec. 9-12. Cameras in parks.\n\nThe city may install cameras in parks "
     "to protect the safety of park users.\n\nRecordings shall be kept for thirty days."),
    # a section titled for the policy's statement may give its reasons, or only its rules
    ("findings", True, f"{_LIBRARY}\n\nII. Definitions\n\nCamera: a device that records "
     "images.\n\nPolicy Statement\n\nThe library is committed to the privacy of its patrons "
     "as well as to their safety.\n\nRecordings shall be kept for thirty days."),
    # statements of purpose under other names
    ("findings", True, f"{_LIBRARY}\n\nPurpose/Scope\n\nThis document covers the library's "
     "cameras.\n\nRecordings shall be kept for thirty days."),
    ("findings", True, f"{_LIBRARY}\n\nObjectives\n\nCameras deter theft at the library.\n\n"
     "Retention\n\nRecordings shall be kept for thirty days."),
    ("findings", True, f"{_LIBRARY}\n\nIntroduction\n\nCameras deter theft at the library."
     "\n\nRetention\n\nRecordings shall be kept for thirty days."),
    ("findings", False, f"{_LIBRARY}\n\nBackground\n\nIn 2019 a patron's car was stolen from "
     "the library's lot.\n\nRetention\n\nRecordings shall be kept for thirty days."),
    # glossaries under other names
    ("definitions", True, f"{_LIBRARY}\n\nGlossary\n\nRecording: images stored by the "
     "system.\n\nRetention\n\nRecordings shall be kept for thirty days."),
    ("definitions", True, f"{_LIBRARY}\n\nKey Terms\n\nRecording - images stored by the "
     "system.\n\nRetention\n\nRecordings shall be kept for thirty days."),
    ("definitions", True, f"{_LIBRARY}\n\nDefinitions Applicable to this Policy\n\nRecording: "
     "images stored by the system.\n\nRetention\n\nRecordings shall be kept for thirty days."),
    ("definitions", False, f"{_LIBRARY}\n\nTerms of Use\n\nRecording: images stored by the "
     "system may be viewed by staff.\n\nRetention\n\nRecordings shall be kept for thirty days."),
    # a college's own security officers, unnamed as its police, run its cameras under its policy
    ("use_policy", True, "Body-Worn Camera Policy\n\nThis policy governs body-worn cameras "
     "used by Campus Safety officers at Elm College.\n\nBody-worn cameras shall be used only "
     "to record enforcement contacts on campus. Members of the department shall keep "
     "recordings for ninety days and then erase them."),
    # ... not a city police manual that speaks of a campus it patrols
    ("use_policy", False, "Body-Worn Camera Policy\n\nThis policy governs body-worn cameras "
     "used by Elm City Police officers, including at Elm College's campus.\n\nBody-worn "
     "cameras shall be used only to record enforcement contacts on campus. Members of the "
     "department shall keep recordings for ninety days and then erase them. Officers should "
     "tell the campus dean of any recording."),
    # a career-technology center's policy is its board's
    ("use_policy", True, "05.21 Use of Security Devices\n\nSecurity devices may be installed "
     "where the security of the Elm Technology Center's property would be enhanced. Recordings "
     "shall be kept for thirty days and viewed only by Technology Center administrators under "
     "this policy."),
]

# Batch 30's misses and false verdicts, answered after its single measurement.
_COLLEGE = (
    "Security Camera Policy\n\nApproved by the Elm College Board of Trustees on May 1, 2024\n\n"
    "Elm College keeps its campus safe for its students."
)
CAUSES_30: list[tuple[str, bool, str]] = [
    # a page reporting a directive "issued to" the agencies, with the duties it sets
    ("use_policy", False, "ALPR Program\n\nAttorney General Directive No. 2022-12 (the "
     "\"Directive\") was issued to all police chiefs in the state. Under the Directive, each "
     "agency's coordinator shall certify that only authorized users have accessed plate reader "
     "data, and plate reader data shall be kept for no longer than three years."),
    # a student paper quoting the dean by name
    ("use_policy", False, "College Installs Security Cameras\n\nNew security cameras were "
     "installed at Elm College's residence halls. Footage may only be accessed after a claim "
     "and the dean's approval. \u201cWe only look at the footage if a crime is reported,\u201d "
     "said Jane Roe, dean of students at the college."),
    # a district's yearly notice is no policy; a regulation that prescribes it still is
    ("use_policy", False, "The Elm Community School District Board of Directors has authorized "
     "the use of recording devices on school district buses. The recording devices will be used "
     "to monitor student behavior. Students and parents are hereby notified that the recordings "
     "may be used in a student disciplinary proceeding.\n\nPolicy 711: Video Cameras"),
    ("use_policy", True, "711.2R2 - Video Cameras\n\nThe video cameras may be used on district "
     "buses to monitor student behavior. Only those persons with a legitimate educational "
     "purpose may view the videos.\n\nNotice\n\nThe school district will annually provide the "
     "following notice to students and parents:\n\nThe Elm Community School District Board "
     "has authorized the use of video cameras on district buses. Students and parents are "
     "hereby notified that the videos may be used in a student disciplinary proceeding."),
    # a page's ligatures read as question marks ("con?dentiality", "sta? or") ask nothing
    ("findings", True, "P 1442 Audio and Visual Recording\n\nBecause the district serves "
     "minors, is subject to con?dentiality laws and seeks to minimize disruption to the "
     "education environment, the district prohibits audio and visual recordings on district "
     "property unless authorized in this policy. No recording of o?cers, sta? or students "
     "shall be made without the district's leave under this policy. The district will keep "
     "its recordings for thirty days under this policy."),
    # a graduate center names itself as a college does
    ("use_policy", True, "Closed Circuit Television (CCTV) Policy\n\nThe Graduate Center "
     "is committed to a safe environment for its students. The Graduate Center utilizes "
     "Closed Circuit Television cameras under this policy. Recordings shall be used only to "
     "investigate crimes and shall be kept for thirty days."),
    # a policy under its own "Policy Statement" that lays down a procedure
    ("use_policy", True, "Video Surveillance and Recording\n\nPolicy Statement\n\nElm "
     "College recognizes the need to balance privacy and the college's duty to keep its "
     "campus safe. Video surveillance may be used at the college under this policy.\n\n"
     "Procedure\n\nThis procedure governs the cameras of the college. Cameras shall be used "
     "only in public areas of the college, and recordings shall be kept for thirty days under "
     "this procedure."),
    # a policy page's fields before its opening reasons (their values are no section titles)
    ("findings", True, "Use of Unmanned Aerial Systems Policy (PS 10)\n\n- owner:\n\nOffice "
     "of Finance and Administration\n\n- Contact:\n\nJane Roe\n\nElm State College supports "
     "the safe use of unmanned aerial systems on campus to further its academic objectives.\n\n"
     "I. Rules\n\nA. All use of drones on college property must comply with FAA rules."),
    # a list's items are duties, not the opening reasons
    ("findings", False, "Privacy Advisory Board\n\nThe Privacy Advisory Board of Elm College "
     "shall:\n\n(a) Provide advice to the college on best practices to protect student privacy "
     "in the college's use of cameras.\n\n(b) Review the college's camera use policies."),
    # glossaries: a lead-in without a heading, a term and its meaning on separate lines, a term
    # defined "as used in this policy", and a board's term "defined as"
    ("definitions", True, f"{_COLLEGE}\n\nThese definitions apply to these terms as they are "
     "used in this policy:\n\nVideo Surveillance Technology: Any camera that records images "
     "of people.\n\nAccess\n\n1.1 Recordings shall be kept for thirty days."),
    ("definitions", True, f"{_COLLEGE}\n\nIII. Definitions\n\n333 Exemption\n\nA federal "
     "exemption that grants case-by-case authorization to fly a drone.\n\nIV. Rules\n\n"
     "Drones shall be flown only with the college's approval."),
    ("definitions", True, f"{_COLLEGE}\n\nAs used in this policy, surveillance cameras include "
     "only the cameras the college operates.\n\nRecordings shall be kept for thirty days."),
    ("definitions", True, f"{_COLLEGE}\n\n5-113.1 PURPOSE\n\nSmall unmanned aerial systems "
     "are defined as any aircraft weighing less than fifty-five pounds. The college regulates "
     "their use under this policy.\n\nDrones shall be flown only with the college's approval."),
    ("definitions", False, f"{_COLLEGE}\n\nDefinitions\n\nThe definitions in College Policy "
     "3-234 apply for purposes of this Rule.\n\nRules\n\nRecordings shall be kept for "
     "thirty days."),
    # a governing body's determination, and a policy named at length
    ("findings", True, "Chapter 95. Drones\n\n[HISTORY: Adopted by the Town Board of the Town "
     "of Elm 9-12-2017 by L.L. No. 7-2017.]\n\nThe Town Board of the Town of Elm has "
     "determined that there has been a proliferation of drones over town parks.\n\nNo drone "
     "shall be launched from any town facility."),
    ("findings", True, "Chapter 95. Aircraft\n\n[HISTORY: Adopted by the Board of Trustees of "
     "the Village of Elm 11-25-1969 by L.L. No. 1-1969.]\n\nIt is hereby determined by the "
     "Board of Trustees that aircraft landing in the village endanger its residents.\n\nNo "
     "aircraft shall land in the village."),
    ("findings", True, f"{_COLLEGE}\n\nPURPOSE: The purpose of this Operating "
     "Policy/Procedure (OP) is to establish rules for drones on the college's property.\n\n"
     "Drones shall be flown only with the college's approval."),
    ("findings", True, "Policy 0022\n\nTitle: Guidelines for Video Monitoring\n\nSection 1. "
     "Policy\n\nThe Department of Buildings and General Services firmly believes that video "
     "monitoring provides security for state personnel.\n\nSection 2. Rules\n\nRecordings "
     "shall be kept for thirty days."),
    # who alone may see the recordings, named by their class
    ("data_sharing_limits", True, f"{_COLLEGE}\n\nVideo security recordings will be accessed "
     "only by designated college employees under this policy."),
    ("data_sharing_limits", True, f"{_COLLEGE}\n\nOnly individuals authorized by the "
     "Superintendent in accordance with this policy will have access to video monitors."),
    ("data_sharing_limits", False, f"{_COLLEGE}\n\nAny stored data will be released to parties "
     "outside the college only with the recommendation of the Vice President for Library "
     "Services."),
    # drone review boards: oversight, not the governing body's approval
    ("oversight_body", True, f"{_COLLEGE}\n\nThis Policy establishes a Designated UAS Authority "
     "and a UAS Advisory Board to provide oversight of the use of UAS at the college."),
    ("oversight_body", True, f"{_COLLEGE}\n\nA committee to monitor the safe operation of "
     "drones on campus is authorized to review and approve applications to fly drones."),
    ("oversight_body", True, f"{_COLLEGE}\n\nAny group wishing to operate a UAS on the property "
     "of the college must obtain prior written approval from the College UAS Review Board."),
    ("council_approval", False, f"{_COLLEGE}\n\nAny group wishing to operate a UAS on the "
     "property of the college must obtain prior written approval from the College UAS Review "
     "Board."),
    ("council_approval", False, f"{_COLLEGE}\n\nAnyone who operates a college drone must "
     "receive approval in advance from the Designated Local Authority."),
    ("council_approval", False, "Chapter 60. Aircraft\n\n60-1. Landing restricted.\n\nExcept "
     "for an emergency landing, no airplane or aircraft shall land within the Village of Elm "
     "without receiving the prior written permission of the Board of Trustees."),
    # a board's own use: what carries its cameras, and what it may record for
    ("use_policy", True, "Policy 711: Videotaping on School Buses\n\nAdopted by the Elm School "
     "Board on May 1, 2020\n\nEach school bus owned or operated by the school district shall "
     "be equipped with a video camera and signs telling riders that they may be recorded."),
    ("use_policy", True, "KKB: Audio and Visual Recording\n\nAdopted by the Elm School Board "
     "on May 1, 2020\n\nThe district may create audio and visual recordings on district "
     "property for: providing security; maintaining order; and educational purposes."),
    # discipline for tampering with cameras, and the state's penalties on anyone who flies
    ("enforcement", False, f"{_COLLEGE}\n\nStudents and others found to have tampered with or "
     "disabled cameras will be subject to discipline up to and including expulsion."),
    ("enforcement", False, f"{_COLLEGE}\n\nAny person operating a drone in violation of this "
     "policy shall be subject to all criminal and civil penalties under federal and state law."),
    # an agency's privacy policy for its fare cards or toll lanes, and a transportation
    # department's own drone policy, speak as an institution's policy
    ("data_sharing_limits", True, "Privacy Policy\n\nOur Privacy Policy:\n\nWe are committed to "
     "safeguarding the personal information of the people who use the Express Lanes. Account "
     "data and plate images will only be disclosed to law enforcement in response to a "
     "subpoena or warrant under this policy."),
    ("findings", True, "Policy for the Privacy of Data Acquired Through ODOT Unmanned Aircraft\n\n"
     "Policy No.: 15-010(P)\n\nPOLICY STATEMENT:\n\nThe Elm Department of Transportation "
     "(EDOT) is committed to protecting the privacy of people its drones record. EDOT will "
     "keep drone images for thirty days under this policy."),
    # a contract's duties recited are the contract's
    ("public_records", False, "Privacy Policy\n\nELM UAS TEST SITE PRIVACY POLICY\n\nUnder Article "
     "3 Privacy, of the OTA, appended below, the State of Elm and EIAS must:\n\n- make its "
     "privacy policies publicly available;\n\n- receive public comments on them."),
    # a statute's "this Code section" is a code's self-reference, whatever institutions it names
    ("use_policy", False, "35-1-22. Plate data.\n\nA school, college, university, transit "
     "authority or the Department of Transportation that collects plate data is subject to "
     "this Code section. License plate data collected by a school or a transit authority "
     "may be used by the Department of Transportation for traffic counts."),
]

# Batch 31's misses and false verdicts, answered after its single measurement.
_RUN_ON = (
    "CITY OF ELM, FLORIDA RESOLUTION NO. R-2003-285 A RESOLUTION OF THE CITY COMMISSION OF THE "
    "CITY OF ELM, FLORIDA IN SUPPORT OF LEGISLATION PERMITTING TRAFFIC INFRACTION DETECTION "
    "DEVICES AT INTERSECTIONS; AUTHORIZING THE CITY CLERK TO TRANSMIT A COPY OF THIS RESOLUTION "
    "TO THE GOVERNOR OF THE STATE OF FLORIDA AND TO EACH MEMBER OF THE COUNTY LEGISLATIVE "
    "DELEGATION; PROVIDING FOR AN EFFECTIVE DATE. WHEREAS, crashes at intersections injure "
    "thousands of Floridians each year; and WHEREAS, the City Commission finds that cameras deter "
    "red-light running; NOW, THEREFORE, BE IT RESOLVED BY THE CITY COMMISSION OF THE CITY OF "
    "ELM, FLORIDA: Section 1. The City supports the legislation."
)
CAUSES_31: list[tuple[str, bool, str]] = [
    # a resolution copied as one line: its caption, recitals and resolving clause still read
    ("title", True, _RUN_ON),
    ("findings", True, _RUN_ON),
    ("enacting_clause", True, _RUN_ON),
    # a college's procedure by its own title, a district's page that cites its board policy in
    # parentheses, and news that quotes an official by title
    ("use_policy", False, "Security Camera Installation and Use Procedure\n\nElm College's "
     "Safety Department will coordinate camera placement for the college.\n\nCamera Placement"
     "\n\nCameras will be located to protect personal privacy. Recordings will be kept for "
     "thirty days on college servers."),
    ("data_sharing_limits", False, "Parents/Students \u00bb Visitor Management System\n\nSchool "
     "Visiting Procedures\n\nPC 627.3; (BP 1250)\n\nAll visitors must present a photo ID at "
     "the school office. No other data from the photo ID is recorded, and the information is "
     "not shared with any outside agency."),
    ("use_policy", False, "With drones more common, the Elm Regional School District has made "
     "it clear through a newly adopted policy that it will not tolerate drones over schools. "
     "There is a need for the policy, said Superintendent of Schools Jane Roe.\n\nThe new "
     "policy bans the operation of drones on school grounds. School officials may post signs "
     "saying that flying a drone over the grounds is not permitted, according to the policy."),
    # a board's weapons screening is its own use rule for a technology
    ("use_policy", True, "P2155 Use of Metal Detectors\n\nAdopted by the Elm R-I Board of "
     "Education on May 1, 2020\n\nThe district may use metal detectors to screen students "
     "and visitors at school events. Hand-held wands will be used only by trained staff."),
    # a rule as filed in a state register: its caption and its certified date
    ("title", True, "Elm Bulletin\n\nRule Caption: Facial recognition of license photographs.\n\n"
     "Adm. Order No.: DMV 11-2011\n\nFiled with Sec. of State: 11-23-2011\n\nCertified to be "
     "Effective: 11-23-11\n\nSubject: The Division compares license photographs using facial "
     "recognition software."),
    ("effective_date", True, "Elm Bulletin\n\nRule Caption: Facial recognition of license "
     "photographs.\n\nAdm. Order No.: DMV 11-2011\n\nFiled with Sec. of State: 11-23-2011\n\n"
     "Certified to be Effective: 11-23-11\n\nSubject: The Division compares license photographs "
     "using facial recognition software."),
    # the council's leave for any other use; a scanned or spaced ordinance number
    ("council_approval", True, "3.57.050 Authorization.\n\nTraffic cameras shall be operated "
     "only to monitor traffic. The public works director shall prohibit any person from using "
     "such cameras for any other uses unless specifically authorized by the city council."),
    ("title", True, "ORDINANCE N0.2008-27\n\nWHEREAS, red-light running injures residents; and\n\n"
     "NOW, THEREFORE, BE IT ORDAINED BY THE CITY COMMISSION OF THE CITY OF ELM:"),
    ("title", True, "ORDINANCE NO. 14 -11 AN ORDINANCE OF THE CITY COUNCIL OF THE CITY OF ELM "
     "PROHIBITING AUTOMATED RED LIGHT ENFORCEMENT\n\nTHE CITY COUNCIL OF THE CITY OF ELM DOES "
     "ORDAIN AS FOLLOWS:"),
    # an ordinance copied as one line with no recitals: its parts, its date in words, its votes
    ("severability", True, "ORDINANCE NO. 2016-3738 AN ORDINANCE AMENDING CHAPTER 4 OF THE CODE "
     "OF ORDINANCES OF THE CITY OF ELM, TEXAS, BY ADDING SECTION 24 \"BUSINESS SECURITY\"; "
     "PROVIDING A SEVERABILITY CLAUSE; AND PROVIDING AN EFFECTIVE DATE. BE IT ORDAINED BY THE "
     "CITY COUNCIL OF THE CITY OF ELM, TEXAS: PART 1: That Chapter 4 of the Code of Ordinances "
     "of the City of Elm be amended by adding Section 24. PART 2: If any provision of this "
     "ordinance is held invalid, the invalidity shall not affect the remaining provisions, which "
     "are severable. PART 3: Said Ordinance becomes effective ten (10) days after its date of "
     "passage by the City Council. PASSED, ADOPTED and APPROVED this 28th day of January, 2016."),
    ("effective_date", True, "ORDINANCE NO. 2016-3738 AN ORDINANCE OF THE CITY OF ELM\n\nBE IT "
     "ORDAINED BY THE CITY COUNCIL OF THE CITY OF ELM:\n\nPART 3: Said Ordinance becomes "
     "effective ten (10) days after its date of passage by the City Council."),
    ("signature_block", True, "ORDINANCE NO. 2016-3738 AN ORDINANCE OF THE CITY OF ELM\n\nBE IT "
     "ORDAINED BY THE CITY COUNCIL OF THE CITY OF ELM:\n\nPART 1: Chapter 4 is amended.\n\n"
     "PASSED, ADOPTED and APPROVED this 28th day of January, 2016. APPROVED: Mayor ATTEST: "
     "City Secretary APPROVED: City Attorney"),
    # a state administrative code's section, its code named before the number
    ("use_policy", True, "Ill. Admin. Code tit. 20, \u00a7 1705.180 - Model Rules for In-Car "
     "Cameras\nAny agency receiving grants from the Board for in-car video cameras must adopt a "
     "written policy based upon the following model.\na) Installation: Cameras must be "
     "permanently installed in law enforcement agency vehicles."),
    # the fines a traffic-camera system imposes on drivers are no remedy for misuse
    ("enforcement", False, "Sec. 11-8-1. Automated traffic law enforcement.\n\nThis section "
     "provides for an automated traffic law enforcement system, which detects motor vehicles "
     "which fail to abide by traffic-control signals at intersections under penalty of a fine."),
]

# Whole code sections, and the causes of each held-out batch's misses in other places' wordings
# and layouts: each says whether the element is found in its text.
CAUSES_32: list[tuple[str, bool, str]] = [
    # a body that oversees the police, set up or charged by the text itself, whatever its
    # charge names
    ("oversight_body", True, "Sec. 2-30. Police Accountability Board.\n\nThere shall be an Elm "
     "County Police Accountability Board to serve the law enforcement agencies of the county. "
     "The Board shall meet each quarter."),
    ("oversight_body", True, "Sec. 7-10. Board of Police Commissioners.\n\nThe Board of Police "
     "Commissioners has supervisory control of the Elm Police Department and consists of seven "
     "members."),
    ("oversight_body", True, "Sec. 2.5. Duties.\n\n(e) The police commission shall receive "
     "quarterly reports from the police auditor on trends in complaints."),
    ("oversight_body", False, "Sec. 5. Reports.\n\nThe Chief of Police shall report to the "
     "Police Commission each year on the number of camera requests."),
    ("oversight_body", False, "WHEREAS, the Police Commission discussed the camera program at "
     "its meeting of May 1, 2024; and\n\nNOW, THEREFORE, BE IT RESOLVED that the City Manager "
     "shall sign the camera agreement."),
    # a place's own ordaining clause; a resolving clause that names the committee recommending it
    ("enacting_clause", True, "ORDINANCE 1600\n\nTHE CITY OF ELM ORDAINS:\n\nSec. 2-40. "
     "Purpose.\n\nThe commission shall review the department's camera policies."),
    ("enacting_clause", True, "WHEREAS, the Sheriff needs funds for body cameras; now therefore "
     "be it\n\nRESOLVED, on recommendation of the Public Safety Committee, That funds of "
     "$20,000 shall be appropriated for body cameras."),
    ("enacting_clause", False, "Sec. 3. Notice.\n\nThe clerk shall publish a summary stating "
     "that the city of Elm ordains its laws by a vote of its council."),
    # a resident's letter that proposes code text, and a police department's page in its
    # chief's voice, enact nothing
    ("definitions", False, "Mayor and Councilors,\n\nThank you for the opportunity to comment "
     "on the camera ordinance. I have one suggestion.\n\n\"Surveillance technology\" means any "
     "device that records images.\n\n\"Camera\" means a device that records images."),
    ("use_policy", False, "Camera Network\n\nThe Elm University Police Department monitors 400 "
     "cameras on the Elm University campus. I would like to explain why we are adding more at "
     "Elm University.\n\nCameras will record 24 hours a day at Elm University. Recordings will "
     "be kept for thirty days and then erased."),
    # an agreement between a police department and a camera owner binds its parties only
    ("findings", False, "Terms and Conditions\n\nTHIS MEMORANDUM OF UNDERSTANDING is made by and "
     "between the City of Elm, through its Police Division, and the Participant.\n\nWHEREAS, "
     "the City has established a camera program to deter crime; and\n\nWHEREAS, the "
     "Participant operates cameras within the City;\n\nThe Participant shall give the police "
     "access to its cameras' live views."),
]

CAUSES_33: list[tuple[str, bool, str]] = [
    # a short line over the recitals that names the instrument is its title; a sentence is not
    ("title", True, "Safe Streets Resolution\n\nThe Safe Streets Resolution\n\nWHEREAS, the "
     "residents of Elm value their privacy; and\n\nWHEREAS, plate readers record every car;\n\n"
     "NOW, THEREFORE, BE IT RESOLVED that the Board opposes a statewide plate-reader network."),
    ("title", True, "IN THE BOARD OF COUNTY COMMISSIONERS\nOF ELM COUNTY, OREGON\n\n) IN THE "
     "MATTER OF ELM COUNTY\nORDER NO. 24-1-2 ) ADOPTING A DRONE POLICY\n\nWHEREAS, the Sheriff "
     "flies drones over county land; and\n\nWHEREAS, residents asked for rules;\n\nNOW, "
     "THEREFORE, IT IS HEREBY ORDERED that the Sheriff shall fly drones only under the policy."),
    ("title", False, "The council discussed the resolution below at length.\n\nWHEREAS, the "
     "residents of Elm value their privacy; and\n\nWHEREAS, plate readers record every car;\n\n"
     "NOW, THEREFORE, BE IT RESOLVED that the Board opposes a statewide plate-reader network."),
    # a refusal to share with the law's and the courts' exceptions; immigration enforcement kept
    # out of the district's records
    ("data_sharing_limits", True, "WHEREAS, every child has a right to attend school;\n\nBE IT "
     "FURTHER RESOLVED, that the Board will not share students' private information unless "
     "required by law or a court order."),
    ("data_sharing_limits", True, "Policy 4300 Immigration Enforcement\n\nAdopted by the Elm "
     "School Board on May 1, 2024\n\n1. The District does not grant permission for any person "
     "engaged in immigration enforcement to access District databases or student records."),
    ("data_sharing_limits", False, "Policy 4300 Visitors\n\nAdopted by the Elm School Board on "
     "May 1, 2024\n\nImmigration officers who visit a school must sign in at the office and "
     "show identification to the principal."),
    # a police oversight body in the statute book's "There is a ..."
    ("oversight_body", True, "Sec. 35-2. Police Accountability Board.\n\n(a) There is a Police "
     "Accountability Board for the County. The Executive must appoint its nine members."),
    # a town meeting's resolving clauses
    ("enacting_clause", True, "WHEREAS, the Act allows searches without notice; and\n\nIt Is "
     "Therefore Resolved and the Town Meeting is asked to affirm the rights of every resident."),
    ("enacting_clause", True, "WHEREAS, the Act allows searches without notice; and\nWHEREAS, it "
     "lets agencies share records among themselves and with foreign governments,\nTHEREFORE, the "
     "Town of Elm, Mass., resolves to oppose the sections of the Act that conflict with the "
     "Constitution."),
    # a page copied as Markdown: its marks are not its words
    ("data_sharing_limits", True, "# Fare Card Privacy Policy\n\n**Sharing**\n\nThe Elm Transit "
     "Authority does not sell personal information. The Authority **does not share** personal "
     "information with any third party except in response to a subpoena."),
]

# Batch 35's misses and false verdicts, answered after it was measured.
CAUSES_35: list[tuple[str, bool, str]] = [
    # a release refused but on the law's condition, or kept to one user, whoever would receive it
    ("data_sharing_limits", True, "Sec. 7-3. Recorded images.\n\nThe recorded images produced "
     "by the system shall be available for the exclusive use of the Police Department."),
    ("data_sharing_limits", True, "(1) Student records are confidential and shall not be "
     "disclosed, or their contents released, except as provided in KRS 160.720."),
    ("data_sharing_limits", True, "3.4 Confidentiality\n\nLibrary records are not subject to "
     "disclosure without the written consent of the borrower."),
    ("data_sharing_limits", True, "Policy 3.2 Patron Records\n\nNo such records shall be made "
     "available to any agency of state, federal or local government, or to any person not "
     "authorized by the Director for library business, except pursuant to a subpoena."),
    ("data_sharing_limits", True, "Policy 1215 Immigration Enforcement\n\n3.0 Sharing of "
     "Records. Access to student records by immigration officers shall only be permitted in "
     "accordance with state and federal law."),
    # a release left to an official's say is no limit
    ("data_sharing_limits", False, "Policy 5.4 Video Monitoring\n\nInformation obtained "
     "through video monitoring will only be released when authorized by the Director of "
     "Security."),
    ("data_sharing_limits", False, "Sec. 7-3. Recordings.\n\nRecordings shall not be released "
     "except as approved by the Chief of Police."),
    # captions run into other words by a PDF's extraction, and a legislature's numbering
    ("title", True, "UNOFFICIAL COPY 24 RS BR 916 Page 1 of 4 Jacketed AN ACT relating to plate "
     "readers. Be it enacted by the General Assembly of the Commonwealth of Elm: Section 1. No "
     "agency shall keep plate reader data longer than thirty (30) days."),
    ("title", True, "102-22 - Resolution - Body Camera Video Fees RESOLUTION NO. 102-22 A "
     "RESOLUTION OF THE CITY OF ELM ESTABLISHING A FEE FOR BODY CAMERA VIDEO.\nWHEREAS, the "
     "Public Records Act allows fees for copies; and\nNOW, THEREFORE, BE IT RESOLVED that the "
     "fee is twenty dollars."),
    ("title", True, "H.C.R.\nNO.\n\nrequesting the courts to study body cameras.\n\nWHEREAS, "
     "trust between the police and the public is essential; now, therefore,\n\nBE IT RESOLVED "
     "by the House of Representatives that a task force is convened."),
    ("title", True, "RULES OF THE\nELM COUNTY POLICE COMMISSION\n\n1-1 Definitions. As used "
     "in these rules, \"Commission\" means the Elm County Police Commission."),
    # a police board that reviews the department's policies and practices oversees the police,
    # whatever complaints it also hears; confirming its members is no approval of technology
    ("oversight_body", True, "The Police Accountability Board shall be the mechanism to "
     "investigate complaints of police misconduct and to review and assess Police Department "
     "patterns, practices, policies, and procedures."),
    ("oversight_body", True, "Section 2.13 Community Police Board\n\nThe Mayor shall appoint a "
     "Community Police Board, subject to the approval of Common Council."),
    ("council_approval", False, "Section 2.13 Community Police Board\n\nThe Mayor shall "
     "appoint a Community Police Board, subject to the approval of Common Council."),
    # an emergency of immediate danger to life as the exception to a prohibition
    ("exigent_circumstances", True, "Sec. 9-4. Drones.\n\nExcept in an emergency involving "
     "immediate danger of death or serious physical injury, no agency shall fly a drone over a "
     "residence."),
    # a duty to decide complaints gives no reasons
    ("findings", False, "Sec. 2-5. Duties.\n\nThe Police Accountability Board shall hear "
     "complaints against officers and make determinations respecting each complaint."),
]

# Batch 36's misses, answered after it was measured.
CAUSES_36: list[tuple[str, bool, str]] = [
    # a numbered resolution's caption under a page's header lines and its opening sentence
    ("title", True, "Student Support\nDistrict Actions\nThe Board of Trustees passed two "
     "resolutions.\nResolution 2016-43 in Support of Student Privacy\nWHEREAS, students fear "
     "for their records; and\nNOW, THEREFORE, BE IT RESOLVED that the District shall not share "
     "student records except as required by law."),
    ("title", False, "Student Support\nDistrict Actions\nThe Board of Trustees passed two "
     "resolutions.\nResolution 2016-43 was passed in May.\nWHEREAS, students fear for their "
     "records; and\nNOW, THEREFORE, BE IT RESOLVED that the District shall not share student "
     "records except as required by law."),
    # an inspector general set up by the text oversees the police; another office does not
    ("oversight_body", True, "Chapter 2.17 OFFICE OF THE INSPECTOR GENERAL\n\n2.17.010 "
     "Establishment.\n\n(A) The Office of the Inspector General (\"OIG\") is hereby "
     "established. The purpose of the OIG is to monitor the operations of the Sheriff's Office."),
    ("oversight_body", False, "Chapter 2.18 OFFICE OF EMERGENCY MANAGEMENT\n\n2.18.010 "
     "Establishment.\n\n(A) The Office of Emergency Management is hereby established. It shall "
     "plan the County's response to disasters."),
]

# General readings written before batch 38 was opened, from seen misses of local law and from
# the lead's own wordings of plate-reader law: a Surveillance Use Policy itself (titled as one,
# or naming itself) is read as the governing body's adopted policy; the cameras a department
# "maintains and operates" are its own use; and the sections below.
_LAW_38 = "ORDINANCE NO. 2025-7\n\nSec. 10-4. {}.\n\n{}"
CAUSES_BEFORE_38: list[tuple[str, bool, str]] = [
    ("use_policy", True, "Facilities Department - Security Cameras Surveillance Use Policy (May "
     "2019)\n\nThe Facilities Department maintains and operates twelve fixed security cameras at "
     "the County garage. The purpose of the cameras shall be to protect County vehicles and "
     "staff."),
    ("use_policy", False, "Facilities Department - Security Cameras (May 2019)\n\nThe "
     "Facilities Department maintains and operates twelve fixed security cameras at the County "
     "garage. The purpose of the cameras shall be to protect County vehicles and staff."),
    ("use_policy", True, "Office of the Sheriff - Unmanned Aircraft (Revised 2020)\n\n1. "
     "Purpose. The Sheriff's unmanned aircraft may be utilized as set forth in this Surveillance "
     "Use Policy to search for missing persons and to survey disaster areas."),
    ("use_policy", False, "Office of the Sheriff - Unmanned Aircraft (Revised 2020)\n\n1. "
     "Purpose. The Sheriff's unmanned aircraft may be utilized to search for missing persons and "
     "to survey disaster areas."),
    # (a policy "operates" under constraints: no cameras it runs)
    ("use_policy", False, "Parks Department - Security Cameras Surveillance Use Policy (May "
     "2019)\n\nThe Library operates under the constraints of state law and keeps its records "
     "private."),
    # a prohibition whose subject runs to ten words; the other agencies' access by query;
    # immigration enforcement refused the place's data; a public portal; a ban whose exception
    # lets any suspicion through is a limit
    ("data_sharing_limits", True, _LAW_38.format("Data sharing", "No data collected by an "
     "automated license plate reader may be disclosed to a third party except pursuant to a "
     "judicial warrant or subpoena.")),
    ("data_sharing_limits", False, _LAW_38.format("Data sharing", "Data collected by an "
     "automated license plate reader may be disclosed to a third party upon the request of the "
     "Chief of Police.")),
    ("data_sharing_limits", True, _LAW_38.format("Agreements", "The City shall not enter into "
     "any agreement that allows a federal agency to query the license plate reader database.")),
    ("data_sharing_limits", False, _LAW_38.format("Agreements", "The City may enter into an "
     "agreement that allows a federal agency to query the license plate reader database.")),
    ("data_sharing_limits", True, _LAW_38.format("Immigration", "No department shall use City "
     "resources, including surveillance data, to assist in the enforcement of federal civil "
     "immigration law.")),
    ("data_sharing_limits", False, _LAW_38.format("Immigration", "Each department shall use "
     "City resources, including surveillance data, to assist in the enforcement of federal "
     "civil immigration law.")),
    ("public_records", True, _LAW_38.format("Transparency", "The City shall maintain a public "
     "transparency portal that lists the cameras in operation, the retention period and the "
     "number of searches each month.")),
    ("public_records", False, _LAW_38.format("Transparency", "The City shall maintain a "
     "transparency log of the cameras in operation, for the use of the Police Department "
     "alone.")),
    ("facial_recognition_ban", True, _LAW_38.format("Prohibition", "No law enforcement agency "
     "or law enforcement officer shall use any biometric surveillance technology on any "
     "person, except:\n(1) To comply with a court order; or\n(2) To identify a deceased "
     "person.")),
    ("facial_recognition_ban", False, _LAW_38.format("Prohibition", "No law enforcement agency "
     "or law enforcement officer shall use any biometric surveillance technology on any "
     "person, except:\n(1) If the officer has a reasonable suspicion that the person has "
     "committed a crime; or\n(2) To identify a deceased person.")),
    # a reviewing body set up without "hereby"; the governing body is no body named for the
    # technology because "surveillance technology" stands a few words before its name
    ("oversight_body", True, _LAW_38.format("Surveillance advisory committee", "(a) There is "
     "established a Surveillance Technology Advisory Committee of seven (7) members appointed "
     "by the City Council.\n(b) The Committee shall review each proposal to acquire "
     "surveillance technology and shall make written recommendations to the City Council.")),
    ("oversight_body", False, _LAW_38.format("Approval", "The Police Department shall not "
     "acquire surveillance technology unless the City Commission has first approved the "
     "acquisition at a public hearing.")),
]

# Batch 38's misses and wrong findings, answered (local law, mostly form): penalties on drivers,
# vehicle owners and drone flyers are no remedy for unlawful surveillance, nor is a caption's line
# in capitals; a town meeting's resolving clause with its subject before "now therefore", or the
# body alone on its line; a caption in capitals, or opening "Resolution Affirming", over the
# recitals; a Texas code's "In this article:" glossary; a record's "Posting Language:" caption;
# a town's reasons in its own voice ("notes with growing concern").
_LAW_38B = "ORDINANCE NO. 2025-9\n\nSec. 4-2. {}.\n\n{}"
CAUSES_38: list[tuple[str, bool, str]] = [
    ("enforcement", False, _LAW_38B.format("Civil penalty", "Except as provided in subsection "
     "(c), the owner of a motor vehicle is liable for a civil penalty of seventy-five dollars "
     "($75.00) for each violation of this article.")),
    ("enforcement", True, _LAW_38B.format("Civil penalty", "Any employee who violates this "
     "article is liable for a civil penalty of five hundred dollars ($500.00) for each "
     "violation.")),
    ("enforcement", False, _LAW_38B.format("Late payment", "An owner who fails to timely pay the "
     "civil penalty shall be subject to a late payment penalty of twenty-five dollars ($25.00).")),
    ("enforcement", False, _LAW_38B.format("Penalties", "Any person who engages in a violation "
     "of this section, or who owns, possesses, manages, controls, or has charge of any drone in "
     "violation of this section, shall be subject to the penalties and remedies provided by "
     "this section.")),
    ("enforcement", True, _LAW_38B.format("Penalties", "Any person who engages in a violation of "
     "this section shall be subject to the penalties and remedies provided by this section.")),
    ("enforcement", False, "ORDINANCE NO. 2025-9\n\nThe City Code is amended by adding an "
     "Article XVIII, to read as follows:\n\nARTICLE XVIII. DRONES OVER PARKS AND "
     "PLAYGROUNDS\nWITH A CIVIL PENALTY FOR VIOLATIONS.\n\nSec. 19-1. Purpose. This article "
     "keeps drones out of the parks."),
    ("enacting_clause", True, "Community Resolution for Elm, CT\n\nThe Town of Elm affirms its "
     "commitment to the Bill of Rights.\n\nThe Town of Elm in town meeting convened, now "
     "therefore resolves that:\n\n1. The Town shall not gather information about the lawful "
     "political activities of residents."),
    ("enacting_clause", True, "Community Resolution for Elm, CT\n\nWHEREAS the Town of Elm is "
     "committed to the civil rights of its residents;\n\nNow therefore, the Town Council of "
     "Elm\n\nAffirms the constitutional rights of all residents of the town;\n\nDirects the "
     "Police Department not to gather information about lawful political activity."),
    ("enacting_clause", False, "Community Resolution for Elm, CT\n\nWHEREAS the Town of Elm is "
     "committed to the civil rights of its residents;\n\nNow therefore, the staff of the "
     "Department\n\nAffirms the constitutional rights of all residents of the town."),
    ("title", True, "EXPRESSING ELM'S COMMITMENT TO EQUAL,\nRESPECTFUL TREATMENT OF ALL "
     "PEOPLE\nWHEREAS, the Township of Elm has long welcomed residents of every background; "
     "and\nWHEREAS, trust between the Police Department and residents is essential to public "
     "safety;\nNOW, THEREFORE, BE IT RESOLVED that the Police Department shall not ask any "
     "person about immigration status."),
    ("title", False, "TOWNSHIP OF ELM\nMUNICIPAL BUILDING\nWHEREAS, the Township of Elm has long "
     "welcomed residents of every background; and\nWHEREAS, trust between the Police Department "
     "and residents is essential to public safety;\nNOW, THEREFORE, BE IT RESOLVED that the "
     "Police Department shall not ask any person about immigration status."),
    ("title", True, "Document Date: July 14, 2005\n\nResolution Affirming the Commitment of the "
     "Township of Elm to the Bill of Rights\n\nWHEREAS, the Township of Elm has a diverse "
     "population;\n\nNOW, THEREFORE, BE IT RESOLVED that the Township shall not profile "
     "residents by religion."),
    ("title", False, "Document Date: July 14, 2005\n\nResolutions passed in 2005 are listed "
     "below\n\nWHEREAS, the Township of Elm has a diverse population;\n\nNOW, THEREFORE, BE IT "
     "RESOLVED that the Township shall not profile residents by religion."),
    ("signature_block", True, "Elm, VT Resolution\n\nDocument Date: December 6, 2002\n\nPASSED "
     "December 2, 2002, by a vote of 10 to 2, with 2 absent:\n\nA Resolution Relating to the "
     "Protection of Residents' Civil Liberties\n\nWHEREAS, the City Council values the civil "
     "liberties of residents;\n\nNOW, THEREFORE, BE IT RESOLVED that the Police Department "
     "shall not gather information about lawful political activity."),
    ("signature_block", False, "Elm, VT Resolution\n\nDocument Date: December 6, 2002\n\nA "
     "Resolution Relating to the Protection of Residents' Civil Liberties\n\nWHEREAS, the City "
     "Council values the civil liberties of residents, a view the Council passed by a vote of "
     "10 to 2 in 2001;\n\nNOW, THEREFORE, BE IT RESOLVED that the Police Department shall not "
     "gather information about lawful political activity."),
    ("definitions", True, _LAW_38B.format("Photographic traffic signals", "In this "
     "article:\nCity.\nThe City of Elm, Texas.\nRecorded Image.\nAn image recorded by a "
     "photographic traffic signal enforcement system.")),
    ("definitions", False, _LAW_38B.format("Fees", "In this article: the fees are those the City "
     "Council sets by resolution.")),
    ("title", True, "City of Elm\n\nFile #: 18-6673\nType: City Code Amendments\nPosting "
     "Language: Ordinance amending Chapter 19 Article XVIII, relating to automated traffic "
     "enforcement devices on school buses.\nDEPARTMENT: Police Department\n\nSUMMARY:\n\nThe "
     "Department provided an update on the school bus camera program."),
    ("title", False, "City of Elm\n\nFile #: 18-6673\nType: Briefing\nPosting Language: Briefing "
     "on the school bus camera program.\nDEPARTMENT: Police Department\n\nSUMMARY:\n\nThe "
     "Department provided an update on the school bus camera program."),
    ("findings", True, "Community Resolution for Elm, CT\n\nThe Town of Elm notes with growing "
     "concern that federal agents may search library records in secret.\n\nThe Town of Elm in "
     "town meeting convened, now therefore resolves that:\n\n1. The Town shall not gather "
     "information about the lawful political activities of residents."),
    ("findings", False, "Community Resolution for Elm, CT\n\nThe Town of Elm notes that the "
     "meeting begins at seven.\n\nThe Town of Elm in town meeting convened, now therefore "
     "resolves that:\n\n1. The Town shall not gather information about the lawful political "
     "activities of residents."),
]

# General readings written before batch 39 was opened, from the lead's own wordings of local
# surveillance law: a department that "uses" the technology on the effective date has existing
# technology; a council committee reviewing "every request under this chapter" oversees it; a
# section setting the technology's only uses is its use policy, whole when it also sets retention
# and access.
_LAW_39 = "ORDINANCE NO. 2026-3\n\nSec. 9-5. {}.\n\n{}"
CAUSES_BEFORE_39: list[tuple[str, bool, str]] = [
    ("existing_technology", True, _LAW_39.format("Existing technology", "A department that uses "
     "surveillance technology on the effective date of this chapter shall seek approval for "
     "its continued use within one hundred eighty (180) days, and shall cease using it if "
     "approval is denied.")),
    ("existing_technology", False, _LAW_39.format("New technology", "A department that will buy "
     "surveillance technology after the effective date of this chapter shall seek approval "
     "before it buys it.")),
    ("oversight_body", True, _LAW_39.format("Review", "The Public Safety Committee of the "
     "Council shall review every request under this chapter before it is placed on the "
     "Council's agenda.")),
    ("oversight_body", False, _LAW_39.format("Review", "The Public Safety Committee of the "
     "Council shall review every request for a block party permit before it is placed on the "
     "Council's agenda.")),
    ("use_policy", True, _LAW_39.format("Use of public safety cameras", "(a) Public safety "
     "cameras shall be used only to deter crime and to investigate reported incidents.\n(b) "
     "Recordings shall be retained for thirty (30) days and then erased, unless needed as "
     "evidence in a pending case.\n(c) Only officers designated by the Chief of Police may "
     "view recordings.")),
    ("use_policy", False, _LAW_39.format("Grants", "(a) Grant funds shall be used only for the "
     "purchase of equipment.\n(b) Receipts shall be retained for three (3) years.")),
]

# Batch 40's misses and wrong finding, answered (new sections of known places): a hearing "at
# which the public is afforded an opportunity" to speak; an emergency use "for a period of not more
# than 96 hours"; an oversight board's power to examine and audit the technology; "IT BE
# ORDAINED" and "FURTHER RESOLVED: The City Council ..." as resolving clauses; a Missouri
# caption's "fixing the time when this ordinance shall become effective" sets no date.
_LAW_40 = "ORDINANCE NO. 2026-12\n\nSec. 607.04. {}.\n\n{}"
CAUSES_40: list[tuple[str, bool, str]] = [
    ("public_hearing_notice", True, _LAW_40.format("Approval", "A Village entity must obtain "
     "Village Council approval, after a Village Council hearing at which the public is "
     "afforded an opportunity to provide input, before it acquires surveillance technology.")),
    ("public_hearing_notice", False, _LAW_40.format("Approval", "A Village entity must obtain "
     "Village Council approval before it acquires surveillance technology; the Council may "
     "invite the public to speak.")),
    ("exigent_circumstances", True, _LAW_40.format("Emergencies", "Where an emergency presents "
     "an imminent risk to life, unapproved surveillance technology may be used without "
     "Council approval for a period of not more than 96 hours, provided that its use is "
     "consistent with all other laws.")),
    ("exigent_circumstances", False, _LAW_40.format("Emergencies", "In an emergency, a "
     "department shall spend not more than five thousand dollars on surveillance equipment.")),
    ("oversight_body", True, _LAW_40.format("Audits", "The Executive Director of the Community "
     "Oversight Board may examine and audit any license plate reader, any file used to store "
     "its data, and any records of its use.")),
    ("oversight_body", False, _LAW_40.format("Fences", "The Board of Zoning Appeals may examine "
     "any plans for fences and walls.")),
    ("enacting_clause", True, "ORDINANCE 2022-09\n\nWHEREAS, the Village values transparency; "
     "and\n\nNOW THEREFORE IT BE ORDAINED, BY COUNCIL FOR THE VILLAGE OF ELM, OHIO "
     "THAT:\n\nSection 1. The Body Worn Camera Use Policy attached as Exhibit A is adopted."),
    ("enacting_clause", True, "Amendment 4:\nIndependent Compliance Audit\nFURTHER RESOLVED: The "
     "City Council requests that the City Auditor conduct an independent audit of the plate "
     "reader system; and be it"),
    ("enacting_clause", False, "Amendment 4:\nIndependent Compliance Audit\nRESOLVED: the matter "
     "was continued to the next meeting of the committee."),
    ("effective_date", False, "AN ORDINANCE\n\namending Chapter 24 of the City Code by adding a "
     "new Article VIII pertaining to downtown safety cameras; and fixing the time when this "
     "ordinance shall become effective.\n\nBE IT ORDAINED BY THE COUNCIL OF THE CITY OF ELM, "
     "MISSOURI, AS FOLLOWS:\n\nSECTION 1. Chapter 24 is amended by adding Article VIII, to "
     "read as follows:"),
    ("effective_date", True, "AN ORDINANCE\n\namending Chapter 24 of the City Code by adding a "
     "new Article VIII pertaining to downtown safety cameras.\n\nBE IT ORDAINED BY THE "
     "COUNCIL OF THE CITY OF ELM, MISSOURI, AS FOLLOWS:\n\nSECTION 2. This ordinance shall "
     "become effective upon its passage."),
]

# The lead's own wordings after batch 40: a bar on selling or trading data "for any purpose" is a
# limit on sharing it, whoever the buyer.
CAUSES_AFTER_40: list[tuple[str, bool, str]] = [
    ("data_sharing_limits", True, _LAW_40.format("Sale of data", "No person may sell, trade, or "
     "exchange captured plate data for any purpose.")),
    ("data_sharing_limits", False, _LAW_40.format("Sale of data", "Captured plate data may be "
     "exchanged for any purpose the Chief of Police approves.")),
]

# The lead's own wordings before batch 41: approval as what a use must not lack ("for a purpose
# not approved by the Village Board"), by a Town or Village Board (not a Village Board of Health).
CAUSES_BEFORE_41: list[tuple[str, bool, str]] = [
    ("council_approval", True, _LAW_40.format("Approval", "No municipal entity shall use "
     "surveillance technology for a purpose, or in a location, not approved by the Village "
     "Board.")),
    ("council_approval", True, _LAW_40.format("Approval", "No drone may be flown over a park "
     "unless its use has been approved by the Town Board of Trustees.")),
    ("council_approval", False, _LAW_40.format("Inspections", "No camera shall be installed in "
     "a food establishment in a manner not approved by the Village Board of Health.")),
    # a town meeting's warrant article is the caption of the bylaw it adopts; news of it is not
    ("title", True, "ARTICLE 12. To see if the Town will vote to amend the General Bylaws by "
     "adding a new Chapter 47, Surveillance Technology Oversight, as follows, or take any other "
     "action relative thereto.\n\n47-1. No Town department shall acquire surveillance "
     "technology without the approval of Town Meeting."),
    # written regulations for a technology's use are its use policy; a doorbell camera network is
    # residents' cameras, whose footage only a warrant may reach
    ("use_policy", True, _LAW_40.format("Regulations", "The Chief of Police shall adopt written "
     "regulations governing the use of body-worn cameras, including when recording is "
     "required, how long recordings are kept, and who may view them.")),
    ("use_policy", False, _LAW_40.format("Meeting rooms", "The City Manager shall adopt written "
     "regulations governing the use of the Council chamber by community groups.")),
    ("footage_requests", True, _LAW_40.format("Doorbell cameras", "The Police Department shall "
     "not request footage from any doorbell camera network except pursuant to a warrant.")),
    ("footage_requests", False, _LAW_40.format("Doorbell cameras", "The Police Department may "
     "ask residents to register their doorbell cameras with the Department.")),
    # the law setting an oversight board's membership sets up the body
    ("oversight_body", True, "2.105.020 Membership.\nThe community police oversight board shall "
     "consist of eleven members appointed by the mayor with the consent of the council.\n"
     "(Ord. 1873, § 2, 2021.)"),
    ("oversight_body", False, "2.105.020 Membership.\nThe library board shall consist of five "
     "members appointed by the mayor.\n(Ord. 1873, § 2, 2021.)"),
    # an emergency use bound to end with the emergency is regulated; an emergency meeting is not
    ("exigent_circumstances", True, _LAW_40.format("Emergencies", "The Police Chief may "
     "authorize the use of a drone without Council approval only in response to an exigent "
     "circumstance, and the use shall end when the exigent circumstance ends.")),
    ("exigent_circumstances", False, _LAW_40.format("Meetings", "The Council may hold an "
     "emergency meeting on the drone program, which shall end when its agenda is completed.")),
    # a contract term that restricts the City's ability to comply with the public records law
    ("nda_prohibition", True, _LAW_40.format("Contracts", "Any contract for surveillance "
     "technology that conflicts with this chapter, including any provision that restricts the "
     "City's ability to comply with the Public Records Act, shall be void.")),
    ("nda_prohibition", False, _LAW_40.format("Contracts", "The vendor's contract limits the "
     "City's ability to comply with the Public Records Act, the City Attorney reported.")),
    # the plate-reader ordinances of 2025: a bar on joining a sharing network, or on making data
    # accessible to federal agencies; a portal's figures; a programme ending absent the body's
    # vote; a location presented at the affected neighbourhood's public meeting
    ("data_sharing_limits", True, _LAW_40.format("Networks", "The Police Department shall not "
     "participate in any statewide or nationwide ALPR data sharing network.")),
    ("data_sharing_limits", False, _LAW_40.format("Networks", "The Police Department shall "
     "join the statewide ALPR data sharing network.")),
    ("data_sharing_limits", True, _LAW_40.format("Federal agencies", "No ALPR data shall be "
     "made accessible to any federal agency, including Immigration and Customs Enforcement, "
     "except pursuant to a judicial warrant.")),
    ("public_records", True, _LAW_40.format("Transparency portal", "The Police Department shall "
     "maintain a public transparency portal displaying the number of ALPR cameras, the "
     "retention period, and the agencies with which data is shared.")),
    ("public_records", False, _LAW_40.format("Portal", "The Police Department shall maintain "
     "a portal through which officers may query the number of plates read.")),
    ("sunset_review", True, _LAW_40.format("Review", "The City Council shall review the ALPR "
     "program every two (2) years and shall vote on whether to continue it; absent such a "
     "vote, the program shall terminate.")),
    ("sunset_review", False, _LAW_40.format("Review", "The City Council shall review the ALPR "
     "program every two (2) years.")),
    ("community_engagement", True, _LAW_40.format("Public meeting", "Before any new ALPR camera "
     "is installed, the Police Department shall present the proposed location at a public "
     "meeting of the affected neighborhood association.")),
    # a camera registry's cameras are residents'; a programme held to the sites the body
    # approved; a remedy for "A person whose image was captured in violation"; another law's
    # whistleblower protections extended to those who report
    ("footage_requests", True, _LAW_40.format("Camera registry", "The Police Department shall "
     "not obtain footage from a registered camera without the consent of its owner, unless it "
     "has obtained a warrant.")),
    ("council_approval", True, _LAW_40.format("Drones", "The Drone as First Responder program "
     "may operate only at the sites, and for the hours, approved by resolution of the City "
     "Council.")),
    ("council_approval", False, _LAW_40.format("Drones", "The Drone as First Responder program "
     "may operate only at the sites, and for the hours, approved by the Chief of Police.")),
    ("enforcement", True, _LAW_40.format("Civil action", "A person whose image was captured in "
     "violation of this section may recover actual damages, punitive damages, and attorney's "
     "fees in a civil action against the City.")),
    ("enforcement", False, _LAW_40.format("Complaints", "A person whose image was captured by "
     "a drone may file a complaint with the City Clerk.")),
    ("whistleblower", True, _LAW_40.format("Protection", "The protections of the City's "
     "whistleblower ordinance, Chapter 2.75, shall apply to any employee who reports a "
     "violation of this chapter.")),
    ("whistleblower", False, _LAW_40.format("Scope", "The City's whistleblower ordinance shall "
     "apply to all City contractors.")),
    ("title", False, "The warrant asked voters to see if the Town will vote to adopt a "
     "surveillance bylaw. Under it, no Town department shall acquire surveillance technology "
     "without the approval of Town Meeting."),
]

# Batch 41's misses: police oversight bodies of every kind set up or charged in a code (named
# only in the section's title, an ombuds or auditor's office, a board advising on police
# policies or receiving complaints of police misconduct: the corpus's convention since batch 32);
# a legislative record's caption under "Type: Motion", "Type: Bill", "Type: City Council
# Resolution" or after an empty field; a resolution number broken by a space.
CAUSES_41: list[tuple[str, bool, str]] = [
    ("oversight_body", True, "Section 04.32.150 Office of the Police Ombuds Commission\n\n1. The "
     "commission shall:\n(a) Approve the ombuds' annual report;\n(b) Approve recommendations "
     "regarding changes in police department policies and training."),
    ("oversight_body", True, "2.450 Police auditor.\n(1) The office of the police auditor is "
     "hereby established to "
     "provide an independent location to lodge complaints involving police employees and to "
     "monitor internal investigations."),
    ("oversight_body", True, "§ 2-2213. Powers and duties of the board.\n(a) The board shall "
     "advise the mayor and the city council on policies and actions of the police department "
     "with the purpose of improving community relations."),
    ("oversight_body", True, "§ 3-7A-110. Duties.\n(a) The Board shall receive complaints of "
     "police misconduct from members of the public.\n(b) The Board shall hold at least "
     "quarterly meetings with the heads of law enforcement agencies."),
    ("oversight_body", False, "§ 4-12. Duties of the board.\n(a) The library board shall "
     "advise the council on the policies of the public library."),
    ("oversight_body", False, "§ 4-12. Internal affairs.\n(a) The Internal Affairs Unit shall "
     "investigate complaints against officers and report its findings to the Chief."),
    ("title", True, "File #: MOT 25-227    Name:\nType: Motion Status: Regular Agenda\nIn "
     "control: President and Board of Trustees\nTitle: A Motion to Temporarily Deactivate the "
     "Village's License Plate Readers for a Period Not to Exceed 90 Days\nNOW, THEREFORE, BE IT "
     "RESOLVED by the President and Board of Trustees that the readers shall be deactivated."),
    ("title", True, "File #: 250196    Version:\nType: Resolution Status: In Committee\n"
     "Effective date:\nTitle: Substitute resolution approving an agreement for pole-mounted "
     "security cameras.\nResolved, That the Common Council shall approve each camera location."),
    ("title", True, "RESOLUTION NO. 2018- 62 C33630 A RESOLUTION OF THE CITY COUNCIL OF THE CITY "
     "OF ELM, CALIFORNIA, APPROVING AN AUTOMATED LICENSE PLATE READER SYSTEM.\nWHEREAS, the City "
     "contracts with the Sheriff for police services; and\nNOW, THEREFORE, BE IT RESOLVED that "
     "the City Council approves the system."),
    # a commission named only as such, advising the council on the regime's reports and
    # policies; its review of them requires no report, its own yearly report is none, its
    # outreach about itself engages no one on a technology, its power to hold hearings is no
    # hearing before approval, its advice on police policies is no use policy, and the council's
    # approval of its members approves no technology
    ("oversight_body", True, "2.65.030 Functions and duties.\nThe functions and duties of the "
     "Commission shall be as follows:\nA. Review and advise the City Council on the City's "
     "technology use policies.\nB. Review and advise the City Council on the City's "
     "Surveillance Technology impact reports and annual reports."),
    ("impact_report", False, "2.65.030 Functions and duties.\nThe functions and duties of the "
     "Commission shall be as follows:\nA. Review and advise the City Council on the City's "
     "Surveillance Technology impact reports and annual reports.\nB. Provide recommendations "
     "to the City Council on the acquisition of Surveillance Technology."),
    ("annual_report", False, "5-1104 Police Complaints Board.\n(a) Within 60 days of the end of "
     "each fiscal year, the Board shall transmit to the Council an annual report of the "
     "operations of the Board and the Office of Police Complaints."),
    ("community_engagement", False, "36.82 Powers and duties.\n(A) The Inspector General shall "
     "conduct direct community outreach and take appropriate steps to build public awareness "
     "of the Office of Inspector General."),
    ("public_hearing_notice", False, "§ 2-2213. Powers and duties of the board.\n(c) The board "
     "shall have the power to conduct investigations and hold public hearings."),
    ("use_policy", False, "Sec. 11.5-27. Powers.\n(1) Make written recommendations related to "
     "the city police department policies and procedures and provide input to the chief of "
     "police before changes in police department policy or procedures."),
    ("council_approval", False, "§ 9-4-1-5 Appointment of members.\nStaff shall formulate "
     "recommendations for appointments based on the criteria above and submit recommendations "
     "for appointment(s) to the City Council for its approval."),
    # resolving clauses in other words: "BE IT DULY RESOLVED", "the City Council ... hereby
    # adopts the attached", "hereby accepts the"; a vote line under a page's running header
    ("enacting_clause", True, "RESOLUTION NO. 2025-33671\nWHEREAS, the City operates license "
     "plate readers; and\nNOW, THEREFORE, BE IT DULY RESOLVED BY THE MAYOR AND CITY COMMISSION "
     "OF THE CITY OF ELM, FLORIDA, that the Commission approves the integration of the readers."),
    ("enacting_clause", True, "RESOLUTION NO. 17-21\nWHEREAS, the Town contracts with the "
     "Sheriff for police services; and\nNOW THEREFORE, the City Council of the Town of Elm Hills "
     "hereby adopts the attached Automatic License Plate Reader Policy."),
    ("enacting_clause", False, "STAFF REPORT\nIf the Council agrees, the City Council of the "
     "Town of Elm Hills hereby adopts the attached policy, staff said."),
    ("signature_block", True, "RESOLUTION NO. 2022-45 A RESOLUTION OF THE CITY COUNCIL OF THE "
     "CITY OF ELM AMENDING THE VIDEO SURVEILLANCE POLICY\nWHEREAS, the City operates cameras; "
     "and\nNOW THEREFORE, the City Council hereby finds and resolves that it approves the "
     "amended policy.\n1 RESOLUTION NO. 2022-45 PASSED, APPROVED, AND ADOPTED on this 26th day "
     "of May, 2022 by the following vote, to wit: AYES: JONES, KELLY NOES: NONE"),
    # the place's own policy on its own system (a page of a council-adopted policy) binds as law,
    # its present tense bars included ("Vendors are not authorized to access data"); a police
    # department's manual does not
    ("data_sharing_limits", True, "Automatic License Plate Reader Policy\nPage 3\nS. Data "
     "Access\nThe Town's ALPR system may only be used by personnel of the Sheriff's Office. "
     "Vendors are not authorized to access data collected by ALPRs under any circumstances."),
    ("data_sharing_limits", True, "Automatic License Plate Reader Policy\nPage 4\n8. Third-Party "
     "Data-Sharing\nData-sharing from Town ALPRs shall be limited to only the following:\n"
     "• District Attorney's Office for use as evidence;\n• Other law enforcement offices as "
     "part of a formal criminal investigation;\n• Other third parties, in response to a valid "
     "court order only.\n9. Training\nAll personnel authorized to use the ALPR system pursuant "
     "to this Policy shall receive training.\n10. Oversight\nThe Sheriff's Office shall ensure "
     "compliance with this Policy."),
    ("data_sharing_limits", False, "Policy 462 Automated License Plate Readers\n462.6 Data "
     "access.\nThe Chief of Police or the authorized designee will assign ALPR accounts. Members "
     "should log out after each query. Vendors are not authorized to access data collected by "
     "ALPRs under any circumstances."),
    # data made public every six months is a report more often than yearly, and publication;
    # a log of the cameras open to the public is a public record (a store's tape log shown to
    # the police is not)
    ("annual_report", True, "5-116.33. Body-Worn Camera Program; reporting requirements.\n(a) By "
     "October 1, 2015, and every 6 months thereafter, the Mayor shall collect, and make "
     "available in a publicly accessible format, data on the Body-Worn Camera Program."),
    ("public_records", True, "5-116.33. Body-Worn Camera Program; reporting requirements.\n(a) "
     "By October 1, 2015, and every 6 months thereafter, the Mayor shall collect, and make "
     "available in a publicly accessible format, data on the Body-Worn Camera Program."),
    ("public_records", True, _LAW_40.format("Log", "The Chief of Police shall maintain a log of "
     "all public security camera locations and the dates of their approval. Such log shall be "
     "available to the public.")),
    ("public_records", False, _LAW_40.format("Recordings", "A reference log shall be kept of "
     "each tape. The tapes shall be made available to the police department upon request, and "
     "the cameras shall record whenever the public is present.")),
    # an agenda cover memo's form fields ("Department: Police Department") define nothing
    ("definitions", False, "2011-026-1419 - License Plate Reader\nCity of Elm Gardens Agenda "
     "Cover Memo\nCouncil Meeting Date: February 9, 2011\nItem Type: (Enter X in box) "
     "Resolution Ordinance Other X\nFiscal Impact: (Enter X in box) Yes No\nPublic Hearing: "
     "(Enter X in box) Yes No Yes No\nFunding Source: N/A\nSponsor Name Dr. Jane Roe, City "
     "Manager Department: Police Department\nShort Title: A RESOLUTION OF THE CITY COUNCIL OF "
     "THE CITY OF ELM GARDENS AUTHORIZING THE CITY MANAGER TO EXECUTE AN AGREEMENT FOR LICENSE "
     "PLATE READER TECHNOLOGY.\nStaff Summary: The agreement lets the Police Department share "
     "plate reader data with the state."),
    # a police department's notice to its members enacts nothing
    ("exigent_circumstances", False, "25-041 Access to Public Safety Cameras\n\nDepartment "
     "Notice\n\nElm Police Department\n\n25-041.1 Release of footage.\nIn exigent "
     "circumstances the requesting officer must provide a written justification for the "
     "release within 7 days."),
    ("title", False, "STAFF REPORT\nThe Council is asked to adopt RESOLUTION NO.2022-08 - A "
     "RESOLUTION OF THE CITY COUNCIL approving the grant application. Staff recommends approval."),
]

# Batch 42's misses and wrong findings: an oversight body's own reports and procedures are not
# the regime's, nor its review of officers' discipline, nor the council's approval of its
# head; a review board reviewing police recordings, or given its officers by the code, is an
# oversight body; a record's "Fiscal Note" field, a city manager's administrative order and a
# legistar page's hidden markers over a motion's caption.
CAUSES_42: list[tuple[str, bool, str]] = [
    ("annual_report", False, "2.244 Annual report.\nThe civilian review board shall prepare and "
     "present an annual report to the city council that:\n(a) Summarizes the complaints it "
     "reviewed;\n(b) Recommends changes to police policies."),
    ("annual_report", False, "§ 2-375. Public reporting by the monitor.\n(a) No later than March "
     "15 of each year, the monitor shall submit an annual public report to the city council, "
     "setting forth the work of the monitor's office during the prior year.\n(b) In addition "
     "to the annual report, the monitor's office shall publish a status report each quarter."),
    ("annual_report", True, _LAW_40.format("Reports", "No later than March 15 of each year, the "
     "Chief of Police shall submit an annual public report to the city council on the use of "
     "each surveillance technology.")),
    ("use_policy", False, "2.454 Police auditor.\n(1) The police auditor shall:\n(a) Develop and "
     "maintain operating procedures for the auditor's office, including protocols for handling "
     "complaints and monitoring investigations."),
    ("enforcement", False, "2-12.2.9 Review Board.\n(g) If no disciplinary action is taken, the "
     "Review Board shall be informed of that fact with an explanation of the reasons within "
     "ten (10) days."),
    ("enforcement", True, _LAW_40.format("Discipline", "An employee who uses surveillance "
     "technology in violation of this chapter shall be subject to discipline.")),
    ("council_approval", False, "36.01 Inspector General.\nThe Mayor shall appoint the Inspector "
     "General. The appointment shall require the approval of Metro Council."),
    ("oversight_body", True, "Sec. 2-12.1.15. Review Board duties.\n(c) The Review Board shall:\n"
     "(1) Review the allegations of each complaint;\n(2) Review all law enforcement recordings "
     "relevant to any complaint."),
    ("oversight_body", True, "175.04 ORGANIZATION.\n(a) The Police Review and Community-Police "
     "Relations Commission shall have three elected officers: Chairperson, Vice-Chairperson and "
     "Secretary."),
    ("title", True, "File #: 78341    Version: Name: Body Worn Camera Pilot Authorization\nType: "
     "Resolution Status: Passed\nTitle: Authorizing the Implementation of the Body-Worn Camera "
     "Pilot Program.\nFiscal Note\nThe pilot costs $100,000.\nBody\nWHEREAS, the Council "
     "wishes to test body-worn cameras;"),
    ("title", True, "ADMINISTRATIVE ORDER NO. 21-18-09\nof the\nCity Manager of the City of "
     "Elm\nESTABLISHING CITY POLICY PROHIBITING COLLECTION OF IMMIGRATION STATUS.\nThe City "
     "Manager finds that:\nA. City employees need not know anyone's immigration status."),
    ("title", True, "Title\ntitle\nA Motion made by Trustee Roe and Seconded by Trustee Doe to "
     "Exercise the Termination Provision under the Flock Contract\nend\nIntroduction\nThis is "
     "a motion to end the license plate reader contract.\nNOW, THEREFORE, BE IT RESOLVED that "
     "the contract shall be terminated."),
]

# General readings written before batch 44 was opened, from the lead's own wordings of local
# law (none of them from a corpus passage): approval "only as authorized by resolution of the
# County Board"; technology in use "on the date this chapter takes effect"; no outside agency's
# access to "the camera network"; a transparency portal "listing" the readers; the Office of the
# Independent Monitor; a task force "established to advise" on surveillance; an ordinance that
# expires unless extended, a review that decides whether the use goes on; footage from a camera
# "listed in the registry" only if its owner consents, or "who may decline"; complaints
# "alleging misconduct by members of the Police Department"; an overseer's subpoenas and access
# to records; a technology board's audits.
CAUSES_BEFORE_44: list[tuple[str, bool, str]] = [
    ("council_approval", True, _LAW_40.format("Drones", "The Sheriff's Office may operate "
     "unmanned aircraft only as authorized by resolution of the County Board.")),
    ("council_approval", False, _LAW_40.format("Fees", "Parking fees shall be set only as "
     "authorized by the Parking Director.")),
    ("existing_technology", True, _LAW_40.format("Existing technology", "Any surveillance "
     "technology in use on the date this chapter takes effect may continue to be used for one "
     "hundred twenty (120) days, after which its use shall cease unless the Council has "
     "approved it.")),
    ("data_sharing_limits", True, _LAW_40.format("Outside agencies", "Access to the camera "
     "network by any outside agency is prohibited unless authorized by a memorandum of "
     "understanding approved by the City Council.")),
    ("data_sharing_limits", False, _LAW_40.format("Maintenance", "The camera system shall be "
     "maintained in good working order by the vendor.")),
    ("public_records", True, _LAW_40.format("Transparency", "The Department shall maintain a "
     "public transparency portal listing each license plate reader location, the retention "
     "period, and the agencies with which data is shared.")),
    ("oversight_body", True, _LAW_40.format("Monitor", "The Office of the Independent Monitor "
     "shall monitor the Police Department's compliance with this chapter.")),
    ("oversight_body", False, _LAW_40.format("Auditor", "The Office of the Independent Auditor "
     "shall review the accounts of each department every year.")),
    ("oversight_body", True, _LAW_40.format("Task force", "A Technology and Privacy Advisory "
     "Task Force is established to advise the Council on the acquisition and use of "
     "surveillance technology.")),
    ("oversight_body", False, _LAW_40.format("Task force", "A task force is established to "
     "advise the Council on homelessness and affordable housing.")),
    ("sunset_review", True, _LAW_40.format("Expiration", "This ordinance shall expire on "
     "December 31, 2027, unless extended by the Council after a public hearing.")),
    ("sunset_review", True, _LAW_40.format("Review", "The Council shall review the license plate "
     "reader program two (2) years after its approval and decide at a public meeting whether "
     "to continue it.")),
    ("sunset_review", False, _LAW_40.format("Zoning map", "The Planning Commission shall review "
     "the zoning map five years after its adoption and decide whether to amend it.")),
    ("footage_requests", True, _LAW_40.format("Registry", "Footage from a camera listed in the "
     "registry shall be provided to the Police Department only if the owner consents to its "
     "release.")),
    ("footage_requests", True, _LAW_40.format("Registry", "Registration shall not grant the "
     "Police Department access to any camera, and any request for footage from a registered "
     "camera shall be made to its owner, who may decline.")),
    ("oversight_body", True, _LAW_40.format("Powers", "The Board shall have the following powers "
     "and duties:\n(1) To receive complaints alleging misconduct by members of the Police "
     "Department;\n(2) To make recommendations to the Chief of Police.")),
    ("oversight_body", True, _LAW_40.format("Subpoenas", "The Civilian Oversight Board may issue "
     "subpoenas to compel the attendance of witnesses.")),
    ("oversight_body", True, _LAW_40.format("Records", "The Police Department shall provide the "
     "Police Accountability Board with access to all records necessary to carry out its "
     "duties.")),
    ("oversight_body", False, _LAW_40.format("Records", "The Finance Department shall provide "
     "the Planning Board with access to all records of building permits.")),
    ("oversight_body", True, _LAW_40.format("Audits", "The Inspector General for Public Safety "
     "shall audit the Police Department's compliance with its policies on surveillance "
     "technology.")),
]

# Batch 43's other misses and wrong findings, answered: a charter's leave to hire a police
# auditor or appoint a review board; an office's power to hear complaints against officers;
# review of investigations of complaints "involving" officers and of practices "adopted by
# police"; who is eligible to serve on a police overseer; a meeting system's record of an
# ordinance or policy order (its caption, its recitals printed without "WHEREAS"); a caption in
# capitals broken at a semicolon, whose promised severability is the caption's; an advisory
# commission's numbered recommendation, whose recitals are advice.
_IQM2 = (
    "City of Elm\nMassachusetts\n\n{}\n{}\nAdopted\nMay 4, 2021 7:00 PM\n\n{}\n\n"
    "Information\n\nDepartment:City ClerkSponsors:Councilor Jane Roe\nCategory:{}\n\n{}"
)
CAUSES_43: list[tuple[str, bool, str]] = [
    ("oversight_body", True, _LAW_40.format("Police review", "The Board of Aldermen is "
     "empowered to appoint a civilian review board of five members.")),
    ("oversight_body", True, _LAW_40.format("Police auditor", "The Council may hire an "
     "independent police auditor, who shall report to the Council.")),
    ("oversight_body", False, _LAW_40.format("Auditor", "The Council may hire an internal "
     "auditor to examine the accounts of every department.")),
    ("oversight_body", True, _LAW_40.format("Complaints", "The Office shall have the power to "
     "investigate any complaint by a member of the public against a sworn officer of the "
     "Police Department.")),
    ("oversight_body", False, _LAW_40.format("Complaints", "The Office of Professional "
     "Standards shall have the authority to investigate complaints against police officers.")),
    ("oversight_body", False, _LAW_40.format("Complaints", "The Office shall have the authority "
     "to receive complaints about potholes and streetlights.")),
    ("oversight_body", True, _LAW_40.format("Review board", "The review board shall hear "
     "appeals and review investigations of complaints involving police officers.")),
    ("oversight_body", True, _LAW_40.format("Commission", "The Commission shall examine the "
     "rules and procedures followed by the police when officers stop motorists.")),
    ("oversight_body", False, _LAW_40.format("Commission", "The Commission shall examine the "
     "rules and procedures followed by the parks department when permits are issued.")),
    ("oversight_body", True, _LAW_40.format("Eligibility", "No person who is employed by a "
     "law enforcement agency shall be eligible to serve on the Police Accountability Board.")),
    ("oversight_body", False, _LAW_40.format("Eligibility", "No person who holds elective "
     "office shall be eligible to serve on the Library Board.")),
    ("title", True, _IQM2.format("Ordinance", "2021-118", "Prohibiting the use of face "
     "recognition technology by city departments.", "Ordinance", "Official Text\n\nSee "
     "attachment.")),
    ("title", False, _IQM2.format("Report", "2021-118", "Receive the quarterly report on "
     "police overtime.", "Report", "Official Text\n\nSee attachment.")),
    ("findings", True, _IQM2.format("Policy Order", "POR 2021 #7", "That the City Manager "
     "report on the use of drones by city departments.", "Policy Order", "Drones can record "
     "people in their homes and yards without their knowledge or consent; and\n\nThe City "
     "has no written policy on when a department may fly a drone over a neighborhood; and\n\n"
     "ORDERED: That the City Manager report to the Council within sixty days.")),
    ("findings", False, _IQM2.format("Report", "2021-118", "Receive the quarterly report on "
     "police overtime.", "Report", "Overtime rose in every district during the summer months; "
     "and\n\nThe department hired twelve new officers in the same period; and")),
    ("severability", False, "ORDINANCE NO. 2026-12\n\nAN ORDINANCE OF THE CITY COMMISSION "
     "AMENDING SECTION 2-14, ENTITLED \"POLICE REVIEW PANEL; MEMBERS;\nTERMS OF OFFICE;\" TO "
     "CHANGE THE NUMBER OF MEMBERS; CONTAINING A SEVERABILITY CLAUSE, AND PROVIDING\nFOR AN "
     "EFFECTIVE DATE.\nBE IT ORDAINED BY THE COMMISSION OF THE CITY OF ELM:\nSection 1. "
     "Section 2-14 is amended to read: The Panel shall consist of nine members."),
    ("findings", False, "TRANSPORTATION COMMISSION Recommendation 20240115-003: Date: January "
     "15, 2024 Subject: Traffic Cameras Motioned by: Commissioner Roe Seconded by: Commissioner "
     "Doe WHEREAS, the City operates forty traffic cameras; and WHEREAS, residents have asked "
     "how long footage is kept; NOW, THEREFORE, BE IT RESOLVED that the Commission recommends "
     "that the Council adopt a retention limit."),
]

# Batch 44's misses and wrong findings, answered. Most were sections of a police overseer's own
# chapter that name no police ("The Director shall ...", "IPR shall receive complaints", "A
# current police ombudsman may be reappointed"): read as the body's law where the text names a
# police overseer or speaks of complaints against officers, without taking the overseer's own
# reports, its review of officers' discipline or its own leave for the regime's; a city page that
# describes a board; a legislative record's "Type: Order" and any record's "Title:" under its
# "Type: ... Status:" fields; a caption opening with its verb over the recitals, or run into an
# archive's line; "THE COMMON COUNCIL OF THE CITY OF ELM ORDAINS:" and a place's clause run on
# from its caption; "BE IT RESOLVED, the ..."; an expense or a grant "without further approval".
_OVERSEER_44 = "Sec. 2-{}. {}.\n\n{}"
CAUSES_44: list[tuple[str, bool, str]] = [
    ("oversight_body", True, _OVERSEER_44.format("41", "Duties of the Director", "(a) The "
     "Director shall receive all complaints alleging misconduct by police officers and shall "
     "assign each to an investigator.")),
    ("oversight_body", True, _OVERSEER_44.format("42", "Term", "Chapter 2-4 Office of Police "
     "Ombuds\n\n(1) A police ombuds may be reappointed by the commission for one further "
     "term.")),
    ("oversight_body", True, _OVERSEER_44.format("43", "Powers of IPR", "IPR shall receive "
     "complaints and shall monitor investigations of complaints against officers by the "
     "internal affairs division.")),
    ("oversight_body", False, _OVERSEER_44.format("44", "Duties of the Director", "(a) The "
     "Director shall maintain the parks and shall report on their use to the Council.")),
    ("oversight_body", False, _OVERSEER_44.format("45", "Investigations", "Complaints against "
     "officers shall be investigated by the police department. The Internal Affairs Division "
     "shall keep a record of each complaint.")),
    ("oversight_body", True, _OVERSEER_44.format("46", "Authority", "The community police "
     "advisory review board is authorized to:\n(a) Hold public meetings;\n(b) Refer "
     "complaints to the police auditor.")),
    ("oversight_body", True, _OVERSEER_44.format("47", "Purpose", "The Office of Police "
     "Accountability is tasked to investigate complaints of misconduct against police "
     "officers.")),
    ("annual_report", False, _OVERSEER_44.format("48", "Reports", "Chapter 2-4 Police Review "
     "Board\n\nThe board shall report to the mayor and council annually on the complaints it "
     "has reviewed.")),
    ("enforcement", False, _OVERSEER_44.format("49", "Limits", "Chapter 2-4 Police Review "
     "Board\n\nThe Review Board shall not decide policies or impose discipline against "
     "officers.")),
    ("council_approval", False, _OVERSEER_44.format("50", "Investigators", "Chapter 2-4 Police "
     "Review Board\n\nSubject to approval of the Board, the Director shall establish a pool "
     "of qualified investigators.")),
    ("council_approval", False, _LAW_40.format("Limits", "No member of the board shall incur "
     "city expense without prior authorization of the City Council.")),
    ("council_approval", False, "RESOLUTION 19-12\n\nResolved, By the Common Council of the "
     "City of Elm, that the Police Department shall accept this grant for cameras without "
     "further approval."),
    ("title", True, "Record #: Or2021-17\nType: Order Status: Passed\nTitle: Call for the "
     "Police Department to report on its license plate readers\n\nBe it ORDERED by the City "
     "Council of the City of Elm, that the Police Department report on its readers."),
    ("title", True, "File #: 24-118 Version: 1\nType: Consent Agenda Status: Passed\nTitle: "
     "Approve the agreement for drone services with Skyward Inc.\nAttachments: 1. Agreement"),
    ("title", True, "Authorizing the Police Department to accept a grant for camera "
     "equipment.\nWHEREAS, the State has awarded the grant; and\nTHEREFORE BE IT RESOLVED, "
     "that the Council accepts the grant."),
    ("title", True, "Ordinance No. 2025-3 Creating Section 12-7 - May 1, 2025 CITY OF ELM "
     "ORDINANCE NO. 2025-3 AN ORDINANCE OF THE CITY COMMISSION OF THE CITY OF ELM CREATING "
     "SECTION 12-7; PROVIDING FOR SEVERABILITY AND AN EFFECTIVE DATE.\nWHEREAS, the State "
     "allows speed cameras in school zones; and"),
    ("severability", False, "Ordinance No. 2025-3 Creating Section 12-7 - May 1, 2025 CITY OF "
     "ELM ORDINANCE NO. 2025-3 AN ORDINANCE OF THE CITY COMMISSION OF THE CITY OF ELM CREATING "
     "SECTION 12-7; PROVIDING FOR SEVERABILITY AND AN EFFECTIVE DATE.\nWHEREAS, the State "
     "allows speed cameras in school zones; and"),
    ("enacting_clause", True, "ORDINANCE NO. 12\nAN ORDINANCE AMENDING SECTION 2-13-1\nTHE "
     "COMMON COUNCIL OF THE CITY OF ELM ORDAINS:\nSection 1. Section 2-13-1 is amended."),
    ("enacting_clause", True, "AN ORDINANCE TO ADD SECTIONS 1:210 THROUGH 1:220 OF CHAPTER 8 "
     "OF THE CODE OF THE CITY OF ELM\nThe City of Elm ordains:\nSection 1. Chapter 8 is "
     "amended."),
    # news of a law: a byline, a question about "this ordinance", its state "currently in effect"
    ("council_approval", False, "By Jane Roe, policy director\n\nHow does this ordinance "
     "change things?\n\nEach technology currently in use must receive approval from the City "
     "Council for the department to continue to use it."),
    ("effective_date", False, "Elm Adopts Face Recognition Ban\n\nThe Elm City Council voted "
     "on two ordinances. The first bans public use of face recognition; this ordinance is "
     "currently in effect, and took effect upon passage."),
    ("enacting_clause", True, "Fiscal Note\nNo appropriation is required.\nTitle\n"
     "Establishing a Camera Review Committee.\nBody\nWHEREAS, the Council studied cameras; "
     "and,\nNOW, THEREFORE, BE IT RESOLVED, the Camera Review Committee is hereby "
     "established."),
]

def test_a_page_that_describes_a_board_is_told_from_the_boards_law() -> None:
    """Batch 44's city pages about police review boards: their present tense describes."""
    page = (
        "Elm Police Review Board\n\nThe Police Review Board is a city board that reviews "
        "complaints against police officers. The Board has its own counsel. The Board reviews "
        "police policies. The Board meets monthly. Complaints must be filed within ninety days."
    )
    law = (
        "Sec. 2-51. Police Review Board.\n\n(a) The Board shall review complaints against "
        "police officers. (b) The Board shall meet monthly. (c) The Board may hire counsel."
    )
    assert describes_a_body(passages_from_text(page))
    assert not describes_a_body(passages_from_text(law))
    # batch 45's: a page that restates the board's code closes by citing it
    restated = (
        "The Elm Citizens' Panel for Review of Police Complaints was established for review of "
        "police complaints. The citizen members of the Panel shall be selected from residents "
        "of Elm. The term of office of citizen members shall be three (3) years. (City Code, "
        "Chapter 2, Article V, Division 12)"
    )
    assert describes_no_law(passages_from_text(restated))
    assert not describes_no_law(passages_from_text(law + "\n(Ord. No. 8843, § 1, 3-24-97)"))


# Batch 45's misses and wrong findings, answered: "does hereby establish a Police Board" with
# complaints against "law enforcement personnel"; "the Independent Police Investigation and Audit
# Board"; the Board "where appropriate, may act"; a public safety review commission's power to
# investigate; a law that creates no private right of action; a board's closed meetings; a
# nomination subject to the council's approval.
CAUSES_45: list[tuple[str, bool, str]] = [
    ("oversight_body", True, _LAW_40.format("Police Board", "The Board of Aldermen does hereby "
     "establish a Police Board of three members. The purpose of this Board shall be to hear "
     "complaints from persons aggrieved by the law enforcement personnel of the City.")),
    ("oversight_body", True, "Chapter 18-B: Independent Police Investigation and Audit Board\n"
     "Section 451. Powers and duties of the board.\na. The board shall have the power to "
     "perform audits."),
    ("oversight_body", True, "163.01. Creation and purpose.\n(a) These rules implement the "
     "Charter for the Civilian Police Review Board (\"the Board\").\n(b) The Board, where "
     "appropriate, may act in an advisory capacity to the Chief of Police."),
    ("oversight_body", True, "AN ORDINANCE amending Chapter 2 by renaming the Public Safety "
     "Advisory Commission the Public Safety Review Commission.\nTHE COUNCIL OF ELM HEREBY "
     "ORDAINS:\nSECTION 1. The Commission shall have power to investigate incidents involving "
     "the Elm Police Department."),
    ("enforcement", False, _LAW_40.format("Construction", "Nothing in this chapter shall be "
     "construed to create a private right of action to enforce any of its provisions.")),
    ("enforcement", False, _LAW_40.format("Construction", "Private right of action.\n\nNothing "
     "in this section shall be construed as creating any right of action against the city.")),
    ("public_hearing_notice", False, _LAW_40.format("Meetings", "The Citizen Review Board may "
     "meet in closed meetings for the purpose of conciliating complaints, and the meetings "
     "shall not be held as public hearings before the Board.")),
    ("council_approval", False, _LAW_40.format("Liaison", "The review board shall nominate one "
     "of its members to serve on the police commission, which nomination shall be subject to "
     "the approval of the City Council.")),
]

# Batch 46's misses, answered in the eleventh session: police overseers' duties listed under
# "The office shall:", complaints about "the Department" the chapter defines as the police,
# audits of internal affairs cases, a vote to concur with a police investigation, boards of
# police commissioners; a council's leave for an overseer's own rules and an overseer's hearing
# on a complaint are the body's own business; a bar on disclosing personal information to "any
# government authority", its subjects a list; an item of a list of what is barred, its lead-in
# cut away.
_LAW_46 = "ORDINANCE NO. 2026-31\n\nSec. 4-{}. {}.\n\n{}"
CAUSES_46: list[tuple[str, bool, str]] = [
    ("oversight_body", True, _LAW_46.format("1", "Duties", "The Board shall have these duties:\n"
     "A. The Board shall hear and decide, as provided in Sections 4.10.080 and 4.10.090, any "
     "complaint about the conduct of the Department;\nB. The Board shall review the budget of "
     "the Police Department (the \"Department\") each year.")),
    ("oversight_body", True, _LAW_46.format("2", "Functions", "The office shall:\nA. Monitor "
     "every investigation of a complaint against a police officer.\nB. Keep a record of each "
     "complaint it receives.")),
    ("oversight_body", True, _LAW_46.format("3", "Duties", "The Board must:\n(1) meet each "
     "month with the Chief of Police; and\n(2) send each complaint of police misconduct filed "
     "with the Board to the Department within three (3) days.")),
    ("oversight_body", True, _LAW_46.format("4", "Audits", "The Commission may monitor and "
     "audit closed cases that the Internal Affairs Unit investigated and may recommend "
     "changes to the Department's training.")),
    ("oversight_body", True, _LAW_46.format("5", "Board action", "When its preliminary review "
     "ends, the Board shall vote to:\n(a) Agree with the police investigation.\n(b) Ask "
     "Internal Affairs to investigate further.")),
    ("oversight_body", True, _LAW_46.format("6", "Powers", "The Board shall have every power "
     "that the General Statutes give to boards of police commissioners, and shall supervise the "
     "Police Department of the Town.")),
    ("council_approval", False, _LAW_46.format("7", "Rules", "The board of police commissioners "
     "shall adopt rules for the government of the police department, subject to the approval "
     "of the Town Council.")),
    ("public_hearing_notice", False, _LAW_46.format("8", "Review board action", "After it reviews "
     "a complaint against a police officer, the Civilian Police Review Board shall hold a public "
     "hearing with the officer and the complainant.")),
    ("data_sharing_limits", True, _LAW_46.format("9", "Registries", "No officer, employee, "
     "department, board, or other agency of the County shall disclose to any government "
     "authority personal information about any person for the purpose of compiling a registry "
     "based on religion.")),
    ("data_sharing_limits", True, _LAW_46.format("10", "Immigration", "[...]\n(d) Sharing with "
     "federal immigration agents any information about a person for immigration "
     "enforcement;\n(e) Stopping a person to ask about immigration status.")),
    # (a chapter that names another department may mean it by "the Department")
    ("oversight_body", False, _LAW_46.format("11", "Complaints", "The Board of Public Works shall "
     "receive complaints about the Department. The Chief of Police shall enforce the parking "
     "rules that the Department of Public Works posts.")),
    # (no list of subjects: "with no exception" is no bar)
    ("data_sharing_limits", False, _LAW_46.format("12", "Publication", "With no exception, "
     "delay, or charge, the City shall provide the information in its plate reader reports to "
     "any person who asks for it.")),
]

# General readings written before batch 47 was opened, from our own wordings (none from a
# corpus passage): a review at intervals that decides whether use continues; data transmitted
# or sent to someone, a live feed, a request complied with, footage disseminated outside the
# department only on a condition; a yearly accounting or statistics; protection from
# retaliation stated in the present tense; an approval valid for a term, then renewed.
_LAW_47 = "ORDINANCE NO. 2026-44\n\nSec. 8-{}. {}.\n\n{}"
CAUSES_BEFORE_47: list[tuple[str, bool, str]] = [
    ("sunset_review", True, _LAW_47.format("1", "Review", "Every three (3) years, the Board shall "
     "review each approved drone program and decide whether its use shall continue.")),
    ("data_sharing_limits", True, _LAW_47.format("2", "Federal agencies", "No city employee shall "
     "transmit plate reader data to any federal agency for civil immigration enforcement.")),
    ("data_sharing_limits", True, _LAW_47.format("3", "Live feeds", "The Department shall not "
     "permit any third party to access the live feed of a public safety camera.")),
    ("data_sharing_limits", True, _LAW_47.format("4", "Requests", "No county employee shall "
     "comply with a request from an out-of-state agency for camera data relating to lawful "
     "reproductive health care.")),
    ("data_sharing_limits", True, _LAW_47.format("5", "Dissemination", "Recordings made by a "
     "drone may be disseminated outside the department only pursuant to a court order.")),
    ("annual_report", True, _LAW_47.format("6", "Accounting", "The Sheriff shall file with the "
     "Board of Commissioners, by February 15 of each year, an accounting of every use of the "
     "cell-site simulator in the prior year.")),
    ("annual_report", True, _LAW_47.format("7", "Statistics", "By May 1 of each year, the Chief "
     "shall provide the Council with statistics on plate reader scans, hits and arrests.")),
    ("whistleblower", True, _LAW_47.format("8", "Reports of misuse", "An employee who in good "
     "faith reports misuse of a surveillance camera to the Council is protected from "
     "retaliation under Chapter 3 of this Code.")),
    ("sunset_review", True, _LAW_47.format("9", "Term", "Council approval of a surveillance "
     "technology shall be valid for three (3) years, after which the department must seek "
     "renewed approval.")),
    # (an item that opens with its verb has its subject in the lead-in)
    ("data_sharing_limits", True, _LAW_47.format("12", "Plate reader data", "Plate reader data:\n"
     "(1) shall be kept no longer than thirty (30) days;\n(2) shall not be shared with any "
     "agency outside the state.")),
    # (a drone's operator may not "transmit" an image of a person: no one receives it)
    ("data_sharing_limits", False, _LAW_47.format("10", "Privacy", "No person shall operate a "
     "drone to record or transmit any image of a person in a place where the person has a "
     "reasonable expectation of privacy.")),
    # (a term with nothing said of renewal is no sunset)
    ("sunset_review", False, _LAW_47.format("11", "Permits", "A camera permit shall be valid for "
     "one (1) year from the date of its issuance.")),
]

# Batch 47's misses, answered in the eleventh session: legislative records' titles (a file
# header with no type line, an action item under "Title", a form field between, a substitute
# resolution); an instrument copied from a PDF as one line, its recitals in title case, "IT IS
# HEREBY ORDERED AND RESOLVED" and the clerk's certificate; Arkansas's caption in the enacting
# clause; "does RESOLVE that"; a purpose section named after a dash; California's equipment
# statute and a quoted "military"; legal "said" is no reporter's; reprisal punished; rights of
# action; a list of subjects of more than one word; a national registry; agreements cancelled
# unless approved; a voucher programme's eligibility is no bar on subsidy.
_LAW_47B = "ORDINANCE NO. 2026-52\n\nSec. 6-{}. {}.\n\n{}"
# (a resolution copied from a PDF as one line, its clauses and the clerk's certificate run on)
_ONE_LINE_RESOLUTION = (
    "RESOLUTION NO. 5512 RESOLUTION OF THE CITY COUNCIL OF THE CITY OF ELM AUTHORIZING THE "
    "PURCHASE OF TWO SPEED CAMERAS. Whereas, speeding injures residents; and Whereas, the cameras "
    "deter speeding; and Whereas, the Municipal Code allows the purchase. NOW, THEREFORE, IT IS "
    "HEREBY ORDERED AND RESOLVED that the City Manager may buy two speed cameras for the school "
    "zones named in the staff report and install them this year. I, JANE ROE, Clerk of the City "
    "of Elm, hereby certify that the foregoing resolution was duly adopted at a regular meeting "
    "held on May 7, 2026, by the following vote: AYES: Four NOES: None"
)
CAUSES_47: list[tuple[str, bool, str]] = [
    ("title", True, "File #: 26-0114    Name: Plate reader purchase\nIn control: Board of "
     "Supervisors\nTitle: Adopt a resolution to amend the budget to buy plate reader cameras for "
     "the Sheriff.\nRECOMMENDATION:\nStaff recommends that the Board adopt the resolution."),
    ("title", True, "SUBJECT:\nTitle\nCommission District(s): District 5\nTo Allocate an Amount "
     "Not to Exceed $40,000 to the Police Department for a Camera Trailer.\nBody\nPURPOSE:\nTo "
     "fund one camera trailer."),
    ("title", True, "AGENDA CAPTION:\nTitle\nConsider approval of Resolution 2026-12R, "
     "authorizing a grant application for plate reader cameras.\nBody\nMeeting date: May 5, "
     "2026"),
    ("title", True, "Number\n260114\nTitle\nSubstitute resolution approving the acceptance of a "
     "grant for bus stop cameras.\nAnalysis\nThis resolution accepts the grant."),
    ("enacting_clause", True, _ONE_LINE_RESOLUTION),
    ("signature_block", True, _ONE_LINE_RESOLUTION),
    ("title", True, "ORD NO 12-2026\nBE IT ENACTED BY THE CITY COUNCIL, FOR THE CITY OF "
     "ELM, ARKANSAS, AN ORDINANCE TO BE ENTITLED: AN ORDINANCE AUTHORIZING THE MAYOR TO BUY "
     "DASH CAMERAS.\nSECTION 1: The Mayor may buy six dash cameras."),
    ("enacting_clause", True, "RESOLUTION NO. 2026-40\nWHEREAS, the Police Department needs "
     "funds for camera upgrades;\nThe City Council of the City of Elm does RESOLVE that the "
     "funds be appropriated."),
    ("findings", True, "Sec. 3-1. Drones—Purpose.\n\nDrones are increasingly common, and their "
     "use by government raises concerns about privacy and civil liberties.\n\nSec. 3-2. "
     "Ban.\n\nNo department shall use a drone."),
    ("military_equipment", True, _LAW_47B.format("1", "Equipment policy", "Pursuant to "
     "Government Code Section 7071, each law enforcement agency shall obtain approval of the "
     "Board of Supervisors, by ordinance, of its equipment use policy before acquiring covered "
     "equipment.")),
    ("council_approval", False, _LAW_47B.format("2", "Equipment policy", "Pursuant to "
     "Government Code Section 7071, each law enforcement agency shall obtain approval of the "
     "Board of Supervisors, by ordinance, of its equipment use policy before acquiring covered "
     "equipment.")),
    ("military_equipment", True, _LAW_47B.format("3", "Report", "The Police Department shall "
     "submit to the City Council an annual report on each type of defined “military” equipment "
     "the Council has approved.")),
    ("annual_report", True, "(a) Each agency shall submit an annual report on its covered "
     "equipment to the Board.\n(b) The annual report shall be posted on the agency's website "
     "for at least thirty (30) days before said hearing."),
    ("whistleblower", True, _LAW_47B.format("4", "Reprisal", "Any employee who takes "
     "disciplinary or other punitive action against any individual who reports misuse of the "
     "camera system to the Council shall be subject to suspension without pay.")),
    ("enforcement", True, _LAW_47B.format("5", "Remedies", "Any person harmed by a violation of "
     "this chapter shall have such rights of action for damages as state law provides.")),
    ("data_sharing_limits", True, _LAW_47B.format("6", "Registries", "No city agency, "
     "department, officer or employee shall disclose personal information about any person to "
     "a national registry based on religion.")),
    ("council_approval", True, _LAW_47B.format("7", "Agreements", "All agreements for "
     "information sharing between the Police Department and any federal agency are cancelled "
     "unless approved by the City Council.")),
    ("no_subsidy_or_promotion", False, _LAW_47B.format("8", "Vouchers", "Residents of public "
     "housing shall not be eligible for a camera voucher under this chapter.")),
]

# A review of the eleventh session's readings found them reaching too far or too short; each
# case below failed before it was mended: reporters' "said"; a lead-in with a verb of its own;
# a condition in a list of subjects; a duty to answer requests; a drone's image "offensive to a
# reasonable person"; false reports to the police; discipline for misuse read as a reprisal, and
# reprisals worded otherwise; weather; rights of action denied; a bar on vouchers for cameras;
# covered equipment beside a technology; franchises; traffic stop statistics; a cafe's permit; the
# annual report's yearly decision; a department's own director; "the Police Department of the
# City"; a deputy clerk and a place's abbreviation; the statute named by its sections; "IT IS
# ORDERED AND RESOLVED"; a purpose after a colon.
_REVIEW_47 = "ORDINANCE NO. 2026-61\n\nSec. 7-{}. {}.\n\n{}"
CAUSES_REVIEW_47: list[tuple[str, bool, str]] = [
    ("data_sharing_limits", False, "Plate reader rules advance\n\nPolice Chief Maria Lopez said "
     "officers shall delete plate reader data within thirty days. Lopez said data shall not be "
     "shared with any federal agency except by warrant."),
    ("data_sharing_limits", False, _REVIEW_47.format("1", "Report", "The annual report shall list "
     "each agency with which plate reader data was shared during the year, and:\n(1) shall not "
     "name any crime victim;\n(2) shall be posted online.")),
    ("data_sharing_limits", False, _REVIEW_47.format("2", "Sharing", "Where no warrant, subpoena, "
     "or court order is required the Department may share plate reader data with other "
     "agencies.")),
    ("data_sharing_limits", False, _REVIEW_47.format("3", "Records", "No employee shall refuse to "
     "comply with any request from any person for camera footage that is a public record.")),
    ("data_sharing_limits", False, _REVIEW_47.format("4", "Drones", "No person shall use a drone "
     "to "
     "record or transmit an image of any person in a manner that is offensive to a reasonable "
     "person.")),
    ("data_sharing_limits", False, _REVIEW_47.format("5", "False reports", "No person shall "
     "knowingly give false information to any law enforcement authority.")),
    ("whistleblower", False, _REVIEW_47.format("6", "Discipline", "Disciplinary action against any "
     "employee who discloses surveillance data without authorization shall include suspension "
     "without pay.")),
    ("whistleblower", True, _REVIEW_47.format("7", "Reprisal", "Any supervisor who takes "
     "retaliatory action against any City employee who reports misuse of the camera system "
     "shall be subject to discipline.")),
    ("whistleblower", False, _REVIEW_47.format("8", "Housings", "Each camera housing is protected "
     "from adverse weather, and the vendor shall report any damage to the Department within two "
     "days.")),
    ("enforcement", False, _REVIEW_47.format("9", "Construction", "Nothing in this chapter shall "
     "be "
     "construed to create any rights of action for any person.")),
    ("no_subsidy_or_promotion", True, _REVIEW_47.format("10", "Rebates", "Private security cameras "
     "shall not be eligible for any City rebate, subsidy, or voucher.")),
    ("council_approval", True, _REVIEW_47.format("11", "Approval", "No department shall acquire a "
     "cell-site simulator, an unmanned aircraft, or other covered equipment without the prior "
     "approval of the City Council by ordinance.")),
    ("council_approval", False, _REVIEW_47.format("12", "Franchises", "All franchise agreements "
     "for "
     "cable television service are cancelled unless approved by the City Council within ninety "
     "days.")),
    ("annual_report", False, _REVIEW_47.format("13", "Traffic stops", "The Chief shall provide the "
     "City Council each year with statistics on traffic stop data, by race of the driver.")),
    ("sunset_review", False, _REVIEW_47.format("14", "Cafes", "Approval of a sidewalk cafe permit "
     "shall be valid for one (1) year, after which the permittee must seek renewed approval.")),
    ("sunset_review", False, _REVIEW_47.format("15", "Annual review", "Each year, after it "
     "receives the annual surveillance report, the Council shall review the use of each "
     "surveillance technology and decide whether to continue its use.")),
    ("oversight_body", False, _REVIEW_47.format("16", "Use of force", "The Public Safety Director "
     "shall review each police investigation of a use of force. The Director may order further "
     "inquiry.")),
    ("oversight_body", True, _REVIEW_47.format("17", "Duties", "The Board shall have these "
     "duties:\nA. The Board shall hear and decide, as provided in Sections 4.10.080 and "
     "4.10.090, any complaint about the conduct of the Department;\nB. The Board shall review "
     "the budget of the Police Department of the City (the \"Department\") each year.")),
    ("signature_block", True, "RESOLUTION NO. 5513 RESOLUTION OF THE CITY COUNCIL OF THE CITY OF "
     "ST. ELM AUTHORIZING THE PURCHASE OF TWO SPEED CAMERAS. Whereas, speeding injures "
     "residents and visitors on the streets near the City's three elementary schools; and Whereas, "
     "the cameras deter speeding; and Whereas, the Municipal Code allows "
     "the purchase. NOW, THEREFORE, IT IS HEREBY ORDERED AND RESOLVED that the City Manager may "
     "buy two speed cameras for the school zones named in the staff report and install them. I, "
     "JANE ROE, DEPUTY CITY CLERK of the City of St. Elm, hereby certify that the foregoing "
     "resolution was duly adopted on May 7, 2026, by the following vote: AYES: Four NOES: None"),
    ("military_equipment", True, _REVIEW_47.format("18", "Equipment", "Pursuant to Sections 7070 "
     "through 7075 of the California Government Code, the Police Department shall obtain "
     "approval of the City Council, by ordinance, of its equipment use policy.")),
    ("enacting_clause", True, "RESOLUTION NO. 2026-41\nWHEREAS, the Police Department needs two "
     "cameras;\nNOW, THEREFORE, IT IS ORDERED AND RESOLVED that the City Manager may buy two "
     "cameras."),
    # (legal "said" opening a sentence of law, as a capital: no reported speech)
    ("data_sharing_limits", True, _REVIEW_47.format("19", "Data", "Said Board shall not share "
     "surveillance data with any federal agency.")),
    ("findings", True, "Sec. 3-1. Drones: Purpose.\n\nDrones are increasingly common, and their "
     "use by government raises concerns about privacy.\n\nSec. 3-2. Ban.\n\nNo department "
     "shall use a drone."),
]

# Batch 48's misses, answered in the same session: New York City's "Res No." over a resolution
# captioned in title case without an article, a county bill's cover ("Expedited Bill No. 7-10"),
# a caption in title case run on from its number; a penalty for a violation a school bus camera
# records falls on drivers, no remedy for unlawful surveillance.
CAUSES_48: list[tuple[str, bool, str]] = [
    ("title", True, "Res No. 412\nResolution calling upon the Transit Authority to install "
     "cameras on all subway platforms.\nBy Council Members Roe and Doe\nWhereas, Cameras deter "
     "crime; and"),
    ("title", True, "Expedited Bill No.    9-12\n\nConcerning: Motor Vehicles - Red light "
     "cameras\n\nBy: The Council President"),
    ("title", True, "Ordinance No. 2026-77 An Ordinance of the City of Elm relating to cameras "
     "in city buildings; providing for severability.\nWHEREAS, the City owns many buildings; "
     "and"),
    ("enforcement", False, _LAW_47B.format("9", "Penalty", "A person who commits a violation "
     "recorded by a school bus safety camera is subject to a civil penalty of $250.")),
]

# A review of the batch 43 to 45 readings found them reaching too far or too short; each case
# below failed before it was mended: the overseer reading on a surveillance ordinance, a budget,
# a camera code or a police order that mention complaints against officers; approvals of new
# uses "without further approval" and of costs kept; whole ordinances refused for a sponsor line,
# a caption naming a commission's recommendation, or a closing code citation; a law's sunset
# with an object, a parking programme's review; police units and monitors that oversee no one;
# ethics complaints against city officers; a Parks Board; a severability line under a caption;
# a short sentence of penalty, a right of action granted after one denied, a hearing "never in
# a closed session"; a permits portal; taxicabs in use on the effective date.
_REVIEW_44 = "ORDINANCE NO. 2026-12\n\nSec. 9-{}. {}.\n\n{}"
CAUSES_AFTER_44: list[tuple[str, bool, str]] = [
    ("oversight_body", False, _REVIEW_44.format("1", "Use policies", "Each agency shall adopt a "
     "use policy for every surveillance technology, stating how the police department receives "
     "and answers complaints about officers' use of it.")),
    ("annual_report", True, _REVIEW_44.format("2", "Reports", "The police department shall "
     "record complaints against officers about surveillance cameras. The Chief shall submit a "
     "written annual report to the City Council by March 1 of each year.")),
    ("oversight_body", False, "RESOLUTION 2026-4\n\nWHEREAS, the budget funds staff to process "
     "complaints against officers; and\nNOW, THEREFORE, BE IT RESOLVED that the Finance "
     "Director shall publish the budget."),
    ("oversight_body", False, _REVIEW_44.format("3", "Red light cameras", "The DPW shall install "
     "red light cameras at ten intersections. Complaints about tickets issued by police officers "
     "shall go to the City Clerk.")),
    ("council_approval", True, _REVIEW_44.format("4", "New uses", "A city department shall not "
     "use surveillance technology for a new purpose without further approval of the City "
     "Council.")),
    ("council_approval", True, _REVIEW_44.format("5", "Costs", "No city department shall acquire "
     "surveillance technology, or incur costs for it, without the prior approval of the City "
     "Council.")),
    ("enacting_clause", True, "By Vice Mayor Dana Roe\n\nAN ORDINANCE REGULATING DRONES\n\nBE "
     "IT ORDAINED BY THE CITY COUNCIL OF THE CITY OF ELM:\n\nSection 1. No department shall "
     "fly a drone over a residence."),
    ("enacting_clause", True, "AN ORDINANCE OF THE CITY OF ELM IMPLEMENTING PRIVACY COMMISSION "
     "RECOMMENDATION NO. 4 ON LICENSE PLATE READERS\n\nBE IT ORDAINED BY THE CITY COUNCIL OF "
     "THE CITY OF ELM:\n\nSection 1. Plate reader data shall be kept no longer than thirty (30) "
     "days."),
    ("enacting_clause", True, "AN ORDINANCE ON CAMERAS\n\nBE IT ORDAINED BY THE CITY COUNCIL "
     "OF THE CITY OF ELM:\n\nSection 1. Chapter 9.80 is added to the Municipal Code.\n\n"
     "Section 2. This ordinance is codified in the Municipal Code. (City Code, Chapter 9, "
     "Article 80)"),
    ("sunset_review", False, _REVIEW_44.format("6", "Termination", "This ordinance shall "
     "terminate the Police Department's agreement with the doorbell camera vendor within sixty "
     "(60) days.")),
    ("sunset_review", False, _REVIEW_44.format("7", "Parking", "The Council shall review the "
     "downtown parking meter program two (2) years after its start and decide whether to "
     "continue it.")),
    ("oversight_body", False, _REVIEW_44.format("8", "Investigations", "The Police Department's "
     "Internal Investigations Office is charged with investigating allegations against "
     "employees.")),
    ("oversight_body", False, _REVIEW_44.format("9", "Elections", "The Office of the Independent "
     "Monitor may issue subpoenas for ballot records in any recount.")),
    ("oversight_body", False, _REVIEW_44.format("10", "Ethics", "The Board of Ethics shall have "
     "the authority to receive and investigate complaints that any officer of the city has "
     "violated the code of ethics.")),
    ("oversight_body", False, _REVIEW_44.format("11", "Parks", "The City Council does hereby "
     "establish a Parks Board of seven members.")),
    ("severability", True, "AN ORDINANCE ADDING CHAPTER 9.80 ON CAMERAS\n\nSEVERABILITY: IF ANY "
     "PART OF THIS ORDINANCE IS HELD INVALID, THE REMAINDER REMAINS IN FORCE.\nBE IT "
     "ORDAINED BY THE CITY COUNCIL:\nSection 1. Cameras shall be used only in public places."),
    ("enforcement", True, _REVIEW_44.format("12", "Penalty", "Each violation is a misdemeanor.")),
    ("enforcement", True, _REVIEW_44.format("13", "Remedies", "Nothing in this chapter shall be "
     "construed to create a private right of action for damages; any person may bring an action "
     "for injunctive relief.")),
    ("public_hearing_notice", True, _REVIEW_44.format("14", "Hearing", "The Council shall approve "
     "surveillance technology only after a public hearing noticed at least fifteen (15) days in "
     "advance, and never in a closed session.")),
    ("public_records", False, _REVIEW_44.format("15", "Permits", "The Department shall maintain a "
     "public portal listing each building permit issued.")),
    ("existing_technology", False, _REVIEW_44.format("16", "Taxicabs", "A taxicab operated on "
     "the date this chapter takes effect may continue to operate for ninety (90) days.")),
]

# A review of the batch 41 and 42 readings found them reaching too far; each case below failed
# before it was mended: the regime's own reports, sanctions, outreach, complaint procedures and
# emergency reports kept; a council's expense, a verb "monitor", a county's own board, a
# newspaper notice's count and news of a policy kept out.
CAUSES_AFTER_42: list[tuple[str, bool, str]] = [
    ("annual_report", True, _LAW_40.format("Reports", "The Inspector General shall submit an "
     "annual report to the City Council on each department's use of surveillance technology.")),
    ("annual_report", True, _LAW_40.format("Reports", "Each department shall submit an annual "
     "surveillance report to the Commission, which shall review and make recommendations on "
     "the annual surveillance report.")),
    ("enforcement", True, _LAW_40.format("Misuse", "Misuse of surveillance data by an employee "
     "constitutes misconduct and shall subject the employee to discipline, up to and including "
     "termination.")),
    ("community_engagement", True, _LAW_40.format("Outreach", "Before a camera is installed, the "
     "Department shall conduct community outreach activities, including at least one public "
     "meeting in each affected neighborhood.")),
    ("use_policy", True, _LAW_40.format("Use policy", "The Department shall adopt a surveillance "
     "use policy for each technology, including procedures for receiving complaints from the "
     "public about its use.")),
    ("exigent_circumstances", True, _LAW_40.format("Exigent use", "In exigent circumstances the "
     "Department may use surveillance technology without approval. Such use shall cease within "
     "seven (7) days, and the Chief shall report the use to the Council within ten (10) days "
     "at its next regular or emergency meeting.")),
    ("public_records", True, _LAW_40.format("Log", "The Chief shall keep a log of camera "
     "locations. The log, updated monthly, shall be made available to the public.")),
    ("council_approval", False, _LAW_40.format("Expenses", "Any expense of the Commission not "
     "approved by the City Council shall not be reimbursed.")),
    ("oversight_body", False, _LAW_40.format("Supervision", "Where the police monitor live "
     "camera feeds, a supervisor shall review compliance with this chapter each month.")),
    ("oversight_body", False, _LAW_40.format("Approval", "The Board of Supervisors shall review "
     "the Sheriff's Office policies and procedures for each technology before approval.")),
    ("public_records", False, _LAW_40.format("Notice", "The City shall publish notice of the "
     "public hearing in a newspaper of general circulation, stating the number of cameras "
     "proposed.")),
    ("use_policy", False, "Council approves new license plate reader policy\n\nBy Jane Doe, "
     "Staff Writer\n\nThe city council on Tuesday voted to approve a policy governing the "
     "city's license plate reader system. The policy says data must be deleted after 30 days."),
    ("data_sharing_limits", False, "Anytown Police Department\nPolicy Manual\nPublic Safety "
     "Video Surveillance Policy\nThe City's public safety camera system is operated by the "
     "Department under this policy.\nMembers shall not share recordings with other agencies."),
    # police overseers named in other words (batch 43): "the Office of Police Complaints", "the
    # Civilian Review and Accountability Board"
    ("oversight_body", True, _LAW_40.format("Advisory group", "The Office of Police Complaints "
     "shall review the body-worn camera program's policies each year.")),
    ("oversight_body", True, _LAW_40.format("Board", "There is hereby created a Civilian Review "
     "and Accountability Board of eleven members.")),
    ("data_sharing_limits", True, "Int. No. 24-0102\nType: Local Law Status: Enacted\n"
     "Title: A Local Law in relation to license plate reader data\nFiscal Note: None.\nSection "
     "1. The police department shall not share license plate reader data with any federal "
     "agency."),
]

# Batch 35's near misses the gate had admitted: a notice of a hearing on proposed rules that
# quotes their sections, and news of a board's policy in the policy's own words.
CAUSE_35_DOCUMENTS: list[str] = [
    "NOTICE OF PUBLIC HEARINGS\n\nThe Department of Transportation will hold a public hearing "
    "on proposed rules, Chapter 19-151. §19-151-1: States the purpose of this chapter. "
    "§19-151-9: Severability. If any section of this chapter is held invalid, the invalidity "
    "shall not affect the remaining sections.",
    "ELM — The School Board of Elm County is developing a new policy on video surveillance.\n"
    "The policy notes that the School Board authorizes the use of cameras on school buses.\n"
    "Recordings shall be kept for thirty days and shall not be released except as the law "
    "requires, the policy states.",
]

# Batch 36's near miss the gate had admitted: a university's news of its cameras.
CAUSE_36_DOCUMENTS: list[str] = [
    "Cameras Added for Enhanced Security\n\nMay 5, 2011\n\nElm University continues to "
    "increase the use of closed circuit television (CCTV) cameras as a crime deterrence tool on "
    "campus. The University is currently adding 65 cameras to the Elm campus.\n\nThe cameras "
    "will capture video at the entrances to all University buildings. The cameras will "
    "digitally record and be stored in secured locations.\n\nWhile the cameras are not "
    "actively monitored by University Police (UP), UP officers have the ability to access "
    "cameras when an incident is reported. Recordings will be kept for thirty days.",
]

# General readings written before batch 49 was opened, from the lead's own wordings (no batch
# seen): a retention deadline put before its period, an access limit, a year told in months,
# residents' doorbell cameras in a partnership, Alaska's Assembly, a private security camera,
# a long "whether ... should continue", an overseer's hearing on the annual report.
_LAW_49 = "ORDINANCE NO. 2026-90\n\nSec. 4-{}. {}.\n\n{}"
CAUSES_BEFORE_49: list[tuple[str, bool, str]] = [
    ("use_policy", True, _LAW_49.format("1", "Retention", "Footage recorded by a public safety "
     "camera shall be erased no later than thirty (30) days after it is recorded, unless it is "
     "evidence in a pending investigation.")),
    ("use_policy", True, _LAW_49.format("2", "Access", "Access to stored plate reader data is "
     "limited to sworn officers who have completed the Department's training.")),
    ("annual_report", True, _LAW_49.format("3", "Report", "Each department using surveillance "
     "technology shall present to the Council, once every twelve months, a report describing "
     "how the technology was used.")),
    ("partnership_termination", True, _LAW_49.format("4", "Partnerships", "Any agreement "
     "between the Police Department and a vendor that gives the Department access to residents' "
     "doorbell camera footage shall terminate ninety (90) days after the effective date of this "
     "ordinance.")),
    ("council_approval", True, _LAW_49.format("5", "Approval", "Approval of the Assembly is "
     "required before the Borough acquires or uses any unmanned aircraft system.")),
    ("footage_requests", True, _LAW_49.format("6", "Private cameras", "A law enforcement officer "
     "may not access a private security camera's recordings without the owner's consent unless "
     "the officer has obtained a search warrant.")),
    ("sunset_review", True, _LAW_49.format("7", "Review", "Every two (2) years after approval, "
     "the Council shall reconsider whether the use of each approved surveillance technology "
     "should continue.")),
    ("oversight_body", True, _LAW_49.format("8", "Commission", "The Public Safety Commission "
     "shall hold a public hearing on each annual surveillance report and forward its findings "
     "to the City Council.")),
    # (protection from discipline is the whistleblower's, not a sanction)
    ("enforcement", False, _LAW_49.format("9", "Reports", "No county employee shall be "
     "disciplined or retaliated against for reporting a violation of this ordinance.")),
    # (a state's General Assembly is no local governing body)
    ("council_approval", False, _LAW_49.format("10", "Funding", "No agency shall acquire a "
     "drone unless the General Assembly has appropriated funds for it.")),
]


# Batch 49's misses, answered in the twelfth session: a staff memo's header run together on one
# line is a record about an item; a bill's bare line numbers are blank lines; "A BILL" alone over
# a long title; a town meeting article's caption in capitals and its "MOTION: Resolved, that"; a
# legistar record's "Agenda Text" field; a section's catchline run on into its text.
_NUMBERED_BILL = "\n".join(
    f"{number:>2} {line}"
    for number, line in enumerate(
        ["Councilmember Jane Roe", "", "A BILL", "", "IN THE COUNCIL OF THE DISTRICT OF ELM", "",
         "To require the Metropolitan Police Department to obtain the Council's approval before",
         "it acquires surveillance technology, and for other purposes.", "",
         "BE IT ENACTED BY THE COUNCIL OF THE DISTRICT OF ELM, That this act may be cited as the",
         "Surveillance Approval Act of 2026."],
        start=1,
    )
)
CAUSES_49: list[tuple[str, bool, str]] = [
    # (a staff memo describing the ordinance it recommends: its "to enforce this Ordinance"
    # describes a remedy it does not enact)
    ("enforcement", False, "1 CITY OF ELM AGENDA REPORT TO: Jane Roe City Administrator FROM: "
     "John Doe Assistant to the City Administrator SUBJECT: Camera Ordinance DATE: May 4, 2026 "
     "RECOMMENDATION Staff Recommends That The Council Adopt The Camera Ordinance. EXECUTIVE "
     "SUMMARY The Ordinance allows residents to seek injunctive relief to enforce this Ordinance "
     "and provides that the City will pay the attorney's fees of a plaintiff who prevails."),
    ("title", True, _NUMBERED_BILL),
    ("title", True, "A BILL\n\nIN THE COUNCIL OF THE DISTRICT OF ELM\n\nTo require approval of "
     "the Council before the purchase of any drone.\n\nSec. 2. The Department shall not buy a "
     "drone unless the Council approves the purchase."),
    ("title", True, "ARTICLE 12 – TO LIMIT THE USE OF FACE RECOGNITION BY TOWN DEPARTMENTS\n"
     "MOTION: Resolved, that no Town department shall use face recognition technology."),
    ("enacting_clause", True, "ARTICLE 12 – TO LIMIT THE USE OF FACE RECOGNITION BY TOWN "
     "DEPARTMENTS\nMOTION: Resolved, that no Town department shall use face recognition "
     "technology."),
    # (and the motion, its own paragraph under the caption, bans what it bans)
    ("facial_recognition_ban", True, "ARTICLE 12 – TO LIMIT THE USE OF FACE RECOGNITION BY TOWN "
     "DEPARTMENTS\nMOTION: Resolved, that no Town department shall use face recognition "
     "technology."),
    ("title", True, "Agenda Text\nUrging the Police Department to publish its drone flight "
     "logs.\nOfficial Text\nWHEREAS, The Police Department flies drones over the City; and\n"
     "WHEREAS, Residents have asked where the drones fly; NOW, THEREFORE, BE IT\nRESOLVED, That "
     "the City Council urges the Police Department to publish its drone flight logs."),
    ("findings", True, "ORDINANCE NO. 7-26\n\nSection 1. General Findings. (a) Decisions about "
     "surveillance technology belong in public view. (b) The Council intends that residents be "
     "heard before any such technology is bought.\n\nSection 2. No department shall acquire "
     "surveillance technology without the approval of the Council."),
]


# The review of the twelfth session's readings (before and after batch 49): each case found
# wrongly by them when reviewed, now read as it stands.
_LAW_49R = (
    "ORDINANCE NO. 2026-5\n\nBE IT ORDAINED BY THE CITY COUNCIL OF THE CITY OF ELM:\n\n"
    "Section 2. Rule.\n\n{}"
)
CAUSES_REVIEW_49: list[tuple[str, bool, str]] = [
    # ("endanger" and "endorse" are no decision to end)
    ("sunset_review", False, _LAW_49R.format("Every two (2) years the Privacy Commission shall "
     "review each approved surveillance technology to determine whether its use may endanger "
     "the civil rights of residents.")),
    # (the Council holds the hearing; the committee is only named)
    ("oversight_body", False, _LAW_49R.format("The City Council shall hold a public hearing on "
     "each annual surveillance report within sixty (60) days after it is filed with the Public "
     "Safety Committee.")),
    # (a report reviewed, a process reached: no data)
    ("use_policy", False, _LAW_49R.format("Only the City Council may review a surveillance "
     "impact report submitted under this chapter.")),
    ("use_policy", False, _LAW_49R.format("Access to the surveillance technology acquisition "
     "process is limited to vendors who have registered with the Purchasing Division.")),
    ("use_policy", True, _LAW_49R.format("Access to the recorders for community safety cameras "
     "shall be limited to staff of the Department of Technology.")),
    # (a place, not a recipient)
    ("data_sharing_limits", False, _LAW_49R.format("No employee shall access ALPR data from a "
     "computer located outside the department.")),
    # (an alarm service is no partnership over residents' cameras)
    ("partnership_termination", False, _LAW_49R.format("Any agreement with a vendor of home "
     "security alarm monitoring services for City buildings shall terminate on June 30, 2026.")),
    # (another clause's "each twelve months")
    ("annual_report", False, _LAW_49R.format("The Chief shall report any new camera to the "
     "Council within fourteen days, and each twelve months the Council shall elect a chair.")),
    # (a sanction beside a protection from discipline is still a sanction)
    ("enforcement", True, _LAW_49R.format("An employee who misuses ALPR data may face "
     "suspension, and no employee who reports such misuse shall be disciplined.")),
    # (a memo over the chapter it sends holds the chapter's text)
    ("facial_recognition_ban", True, "TO: Mayor and City Council\nFROM: City Attorney\nDATE: "
     "May 2, 2023\nSUBJECT: Surveillance Technology Ordinance\n\nBACKGROUND\n\nSec. 2.99.040. "
     "Facial recognition.\nNo department shall obtain, retain, access, or use any face "
     "recognition technology."),
]


# Batch 50's misses (state statutes, informational), answered in the twelfth session by general
# readings: retention rules as statutes word them, a body-worn camera's activation, use of face
# recognition on a warrant or for named purposes only (no ban), a vendor's duties, a bill's
# caption or digest announcing remedies, a crime investigated (no penalty), an individual harmed
# who may bring a civil action, disclosure only in listed cases, Ohio's "legislative authority".
_LAW_50 = (
    "AN ACT relating to surveillance.\n\nBE IT ENACTED BY THE LEGISLATURE:\n\nSection 1.\n\n{}"
)
CAUSES_50: list[tuple[str, bool, str]] = [
    ("use_policy", True, _LAW_50.format("A state agency may keep plate data gathered by its "
     "readers on the interstate highways for no more than sixty (60) days.")),
    ("use_policy", True, _LAW_50.format("Drone images shall not be preserved for more than "
     "thirty (30) days unless they are evidence.")),
    ("use_policy", True, _LAW_50.format("A law enforcement agency may not retain images captured "
     "by a drone unless retention is needed for a pending prosecution.")),
    ("use_policy", True, _LAW_50.format("The Secretary shall establish a retention schedule for "
     "records containing images and data generated by license plate readers.")),
    ("use_policy", True, _LAW_50.format("An officer shall wear and activate a body-worn camera "
     "when responding to a call for service.")),
    ("facial_recognition_ban", False, _LAW_50.format("A police agency must not deploy a drone "
     "with facial recognition technology unless expressly authorized by a warrant.")),
    ("facial_recognition_ban", False, _LAW_50.format("A state agency may not use a facial "
     "recognition service to engage in ongoing surveillance of any person.")),
    ("facial_recognition_ban", False, _LAW_50.format("A vendor under contract with an agency "
     "may not use facial recognition data for its own marketing.")),
    ("enforcement", False, _LAW_50.format("Provides a private right of action and for "
     "enforcement by the Attorney General.")),
    ("enforcement", False, _LAW_50.format("Captured plate data may be used by a law enforcement "
     "agency to investigate a misdemeanor or felony.")),
    ("enforcement", True, _LAW_50.format("An individual who has been harmed by a violation of "
     "this act, including the unauthorized use of plate reader data, may bring a civil action "
     "in any court of competent jurisdiction.")),
    ("data_sharing_limits", True, _LAW_50.format("Captured plate data may be disclosed only:\n"
     "(1) to a law enforcement agency for a criminal investigation;\n(2) under a court order.")),
    ("council_approval", True, _LAW_50.format("Acquisition of a drone by a department of a "
     "political subdivision shall be approved by the legislative authority of the political "
     "subdivision.")),
    # (its near misses, found wrongly by the full suite afterwards: a writer's "The ordinance
    # states", "This law requires that", a digest's "Provides that", a sponsor's memorandum, a
    # page that explains a chapter section by section)
    ("use_policy", False, _LAW_50.format("The ordinance states all data collected must be "
     "deleted within 30 days unless it is part of an investigation.")),
    ("military_equipment", False, _LAW_50.format("This law requires that law enforcement "
     "agencies must get approval from their governing bodies before they obtain military "
     "equipment.")),
    ("data_sharing_limits", False, _LAW_50.format("Provides that plate reader data may not be "
     "shared with any other agency.")),
    # (a contract clause's list item in lower case is the law's own)
    ("data_sharing_limits", True, "ORDINANCE NO. 9\n\nSection 3. Contracts. Each contract for "
     "surveillance technology shall contain a provision that:\n(a) provides that the vendor "
     "shall not sell or share any data with any third party;\n(b) requires the vendor to "
     "delete data on request."),
    ("effective_date", False, "BILL NUMBER: S100\nSPONSOR: ROE\nTITLE OF BILL:\nAn act to "
     "repeal section 5 of the vehicle law, relating to records\nSUMMARY OF PROVISIONS:\n"
     "Section 1. Section 5 of the vehicle law is REPEALED.\nSection 2. This act shall take "
     "effect immediately."),
    # (a law's purpose section says what its chapter does, and the law says "shall")
    ("council_approval", True, "Section 1. Purpose. This chapter establishes procedures for the "
     "acquisition of surveillance technology. This chapter also requires public reports.\n\n"
     "Section 2. No department shall acquire surveillance technology without the approval of "
     "the City Council."),
    ("military_equipment", False, "Chapter 12 Military Equipment\nSection § 7070\nThis section "
     "provides definitions for terms used in the chapter.\nSection § 7071\nThis section "
     "requires each agency to obtain the approval of its governing body, by ordinance, before "
     "it acquires military equipment."),
]

# Statute wordings written before batch 51 was opened, from the lead's own knowledge of how state
# codes word them (no batch-51 passage seen): a county's Board of County Commissioners, discipline
# in the present tense, guidelines on when a camera records, a warrant condition on face
# recognition, expunged or deleted at once, a log of every query.
CAUSES_BEFORE_51: list[tuple[str, bool, str]] = [
    ("council_approval", True, _LAW_50.format("Before a county sheriff purchases surveillance "
     "equipment, the board of county commissioners must approve the purchase.")),
    ("council_approval", True, _LAW_50.format("The sheriff may not purchase a drone unless the "
     "Board of County Supervisors approves the purchase.")),
    ("enforcement", True, _LAW_50.format("An employee who violates this section is subject to "
     "disciplinary action, up to and including dismissal.")),
    ("enforcement", False, _LAW_50.format("Each purchase of surveillance technology is subject "
     "to approval by the City Council.")),
    ("use_policy", True, _LAW_50.format("Each law enforcement agency that uses body-worn cameras "
     "shall adopt written guidelines governing when officers activate and deactivate the "
     "cameras.")),
    ("use_policy", False, _LAW_50.format("The clerk shall adopt guidelines governing when "
     "meetings of the board are held.")),
    ("facial_recognition_ban", False, _LAW_50.format("A law enforcement agency may use facial "
     "recognition technology only after it obtains a warrant.")),
    ("facial_recognition_ban", True, _LAW_50.format("A public school may not purchase or use "
     "facial recognition technology.")),
    ("use_policy", True, _LAW_50.format("Except as provided in subsection (c), data obtained "
     "through the use of an unmanned aircraft system shall be expunged within thirty days.")),
    ("use_policy", True, _LAW_50.format("Information collected by a cell-site simulator that is "
     "unrelated to the target of the warrant must be deleted immediately.")),
    ("use_policy", True, _LAW_50.format("Each agency shall maintain a log of every query of the "
     "plate reader database, including the date, the officer, and the purpose of the query.")),
    ("use_policy", False, _LAW_50.format("The clerk shall maintain a record of each request for "
     "public records.")),
]

# Batch 51's misses and wrong findings, answered by general readings (written for the test in
# other words than the statutes'): permitted and barred uses of a technology, a body camera's
# recording rules, retention until a matter ends, an audit of access; and what is no ban, no
# limit on sharing and no remedy.
CAUSES_51: list[tuple[str, bool, str]] = [
    ("use_policy", True, _LAW_50.format("A police department may not use a cell-site simulator, "
     "except to find a missing person or to execute an arrest warrant.")),
    ("use_policy", True, _LAW_50.format("Except as provided in subsection (b), a state agency "
     "shall not operate an automated license plate reader.")),
    ("use_policy", True, _LAW_50.format("A county agency may operate an unmanned aircraft system "
     "only if the owner of the land consents in writing.")),
    ("use_policy", True, _LAW_50.format("It shall be unlawful for a state agency to use a license "
     "plate reader except to locate a stolen vehicle.")),
    ("use_policy", False, _LAW_50.format("No person may fly a drone over a state prison unless "
     "the warden gives written permission.")),
    ("use_policy", False, _LAW_50.format("A department shall not use surveillance technology "
     "without the approval of the City Council.")),
    ("use_policy", True, _LAW_50.format("Each deputy shall wear a body camera while on patrol and "
     "shall record every traffic stop.")),
    ("use_policy", True, _LAW_50.format("The agency's policy shall state when a dashboard camera "
     "must be activated.")),
    ("use_policy", True, _LAW_50.format("A body camera recording of a shooting by an officer may "
     "not be destroyed until every criminal case arising from it has ended.")),
    ("use_policy", True, _LAW_50.format("Copies of drone footage given to the defense shall be "
     "destroyed upon the conclusion of the case.")),
    ("use_policy", True, _LAW_50.format("No image captured by a traffic camera shall be retained "
     "by the city unless it is needed to collect a fine.")),
    ("use_policy", True, _LAW_50.format("Images gathered by a face recognition system for "
     "building security shall be discarded within thirty (30) days.")),
    ("use_policy", True, _LAW_50.format("Each search of the plate reader database by a trooper "
     "shall be logged and reviewed by a supervisor.")),
    ("facial_recognition_ban", False, _LAW_50.format("A sheriff may not use face recognition "
     "technology to investigate crimes other than homicide and kidnapping.")),
    ("facial_recognition_ban", False, _LAW_50.format("Results of a facial recognition search may "
     "not be admitted in any criminal proceeding as the only evidence of identity.")),
    ("facial_recognition_ban", False, _LAW_50.format("No business shall use a facial recognition "
     "system on its customers without their written consent.")),
    ("data_sharing_limits", False, _LAW_50.format("A county may not adopt a policy that prohibits "
     "or materially limits its jailers from sharing information with federal immigration "
     "officers.")),
    ("enforcement", False, _LAW_50.format("An officer may verify the immigration status of a "
     "person accused of a misdemeanor before releasing the person on a citation.")),
    # (captions: Colorado's "CONCERNING ...", Virginia's "A BILL to ...", Maine's resolve)
    ("title", True, "SENATE BILL 25-9\n\nCONCERNING THE USE OF DRONES BY STATE AGENCIES.\n\nBe it "
     "enacted by the General Assembly of the State of Colorado:\n\nSECTION 1. No agency shall "
     "fly a drone over a school."),
    ("title", True, "A BILL to require warrants for the use of drones.\n\nBe it enacted by the "
     "General Assembly of Virginia:\n\n1. No agency shall use a drone without a warrant."),
    ("title", True, "Resolve, To Study the Use of Drones by State Agencies\n\nSec. 1. Study. "
     "Resolved: That the Department of Public Safety shall study the use of drones."),
    ("title", False, "Sec. 4. Findings.\n\nA bill to ban drones failed last year, and the "
     "department shall report on their use each year."),
    ("enforcement", False, "H.B.12. AN ACT relating to camera recordings. Create a new section of "
     "KRS Chapter 61 to provide definitions; specify that camera recordings are open records; "
     "require that any agency that wishes to show a recording must first give notice to each "
     "person shown in it; create a new cause of action for persons who are not given notice of "
     "the showing; clarify that nothing in this section overrides KRS 17.150."),
]

# Written before batch 52 was opened, from the lead's own wordings of statutes (no batch-52
# passage seen): evidence excluded, footage a business is made to hand over, a private home's
# security camera, sale of data barred, disclosure only to a list, "is subject to approval by the
# governing body", storage procedures, a use limited to listed purposes. (Access "only by"
# personnel, in the passive, is left out: a department's manual says it of its own data.)
CAUSES_BEFORE_52: list[tuple[str, bool, str]] = [
    ("enforcement", True, _LAW_50.format("Any evidence obtained through the use of a drone in "
     "violation of this section shall be excluded in any criminal prosecution.")),
    ("footage_requests", True, _LAW_50.format("A law enforcement agency may not require a "
     "business to provide access to its security camera footage without a warrant.")),
    ("footage_requests", True, _LAW_50.format("No police officer shall obtain recordings from a "
     "private home security camera unless the owner consents in writing or a court issues a "
     "warrant.")),
    ("data_sharing_limits", True, _LAW_50.format("Neither the department nor any vendor shall "
     "sell, rent, or otherwise transfer data collected by the system.")),
    ("data_sharing_limits", False, _LAW_50.format("The city shall not sell the cameras it no "
     "longer uses.")),
    ("data_sharing_limits", True, _LAW_50.format("Recordings made under this section may be "
     "disclosed only to a prosecutor, a court, or the person recorded.")),
    ("data_sharing_limits", False, _LAW_50.format("Recordings may be disclosed only to the "
     "extent that the public records act, the rules of evidence, or a court order requires.")),
    ("council_approval", True, _LAW_50.format("The acquisition of surveillance technology by a "
     "local law enforcement agency is subject to approval by the governing body of the "
     "jurisdiction at a regular meeting.")),
    ("use_policy", True, _LAW_50.format("Each agency shall establish procedures for the secure "
     "storage of body camera recordings.")),
    ("use_policy", True, _LAW_50.format("Police drone use shall be limited to search and rescue, "
     "crime scene documentation, and responding to an active shooter.")),
    ("use_policy", False, _LAW_50.format("Plate data may be accessed by the public on request.")),
]

# A cold review of the session's readings (git diff be99794 -- ordinance/) found these read
# wrongly: others' cameras and drones, employment, equipment and criminal records read as a use
# policy; a minimum period as a retention limit; records of force as an audit log; a protection
# as a sanction; real face-recognition bans refused for a word; a memo's subject line as a caption.
CAUSES_REVIEW_51: list[tuple[str, bool, str]] = [
    ("use_policy", False, _LAW_50.format("An employer may not use a biometric identification "
     "system unless the employee gives written consent.")),
    ("use_policy", False, _LAW_50.format("A landlord shall not use surveillance cameras inside a "
     "rental unit without the tenant's consent.")),
    ("use_policy", False, _LAW_50.format("It shall be unlawful for anyone to operate a drone over "
     "a stadium unless the operator holds a permit.")),
    ("use_policy", False, _LAW_50.format("No commercial operator shall operate a drone over a "
     "school unless the principal consents.")),
    ("use_policy", False, _LAW_50.format("A local government may not restrict a resident's right "
     "to use a doorbell camera unless the camera faces a neighbor's window.")),
    ("use_policy", False, _LAW_50.format("The City shall not restrict the use of security cameras "
     "by residents unless the cameras record a public street.")),
    ("use_policy", False, _LAW_50.format("An officer may not be disciplined for failing to use a "
     "body camera unless the failure was willful.")),
    ("use_policy", False, _LAW_50.format("The department shall not use funds to buy drones except "
     "as provided in the annual budget.")),
    ("use_policy", False, _LAW_50.format("A department shall not use surveillance technology "
     "without first obtaining the authorization of the City Council.")),
    ("use_policy", False, _LAW_50.format("The department shall record in its annual inventory each "
     "body camera it purchases.")),
    ("use_policy", False, _LAW_50.format("The clerk shall record the vote of the governing body on "
     "cameras for the parks.")),
    ("use_policy", False, _LAW_50.format("The agency shall maintain records of all uses of force, "
     "including data on injuries.")),
    ("use_policy", False, _LAW_50.format("The Council shall adopt rules governing when public "
     "hearings on surveillance technology proposals are held.")),
    ("use_policy", False, _LAW_50.format("Video recorded by a licensee's surveillance cameras "
     "shall not be erased until thirty days have passed.")),
    ("use_policy", False, _LAW_50.format("Obsolete cameras shall be discarded at the end of their "
     "useful life.")),
    ("use_policy", False, _LAW_50.format("A person's arrest record, including fingerprints and "
     "biometric data, shall be expunged within sixty days after the charges are dismissed.")),
    ("use_policy", False, _LAW_50.format("No employee shall be retained in a position operating "
     "surveillance cameras unless the employee completes annual training.")),
    ("use_policy", True, _LAW_50.format("A City department shall not use facial recognition "
     "technology except as provided in this ordinance.")),
    ("use_policy", True, _LAW_50.format("An officer may not use a drone unless the flight is "
     "approved by the Chief of Police.")),
    ("use_policy", True, _LAW_50.format("A law enforcement agency may operate an unmanned aircraft "
     "system to search for a missing person or to document a crime scene only if the agency "
     "obtains a warrant.")),
    ("use_policy", True, "AN ACT relating to surveillance.\n\nBE IT ENACTED BY THE "
     "LEGISLATURE:\n\nSection 1. Police use of cell site simulators.\n\nA cell site simulator "
     "shall not be used except to locate a missing person."),
    ("use_policy", True, _LAW_50.format("The officer shall promptly discard any recording of a "
     "bystander.")),
    ("data_sharing_limits", False, _LAW_50.format("A county may not restrict its jailers from "
     "sharing information with federal immigration officers.")),
    ("data_sharing_limits", True, _LAW_50.format("The department shall not adopt any policy "
     "allowing federal agencies to access plate data, and shall restrict access to sworn "
     "officers.")),
    ("enforcement", True, _LAW_50.format("An officer who releases body camera footage of a person "
     "accused of a misdemeanor in violation of this section commits a Class A misdemeanor.")),
    ("enforcement", False, _LAW_50.format("An employee who reports a violation of this section is "
     "subject to protection from discipline.")),
    ("facial_recognition_ban", True, _LAW_50.format("A law enforcement agency shall not obtain, "
     "retain, access, or use facial recognition technology for any purpose, even where probable "
     "cause exists.")),
    ("facial_recognition_ban", True, _LAW_50.format("It shall be unlawful for any City department "
     "to obtain, retain, access, or use any face recognition technology, and no data derived from "
     "it shall be admitted in any criminal proceeding.")),
    ("facial_recognition_ban", False, _LAW_50.format("A business shall not use a facial "
     "recognition system to identify a customer without the customer's consent.")),
    ("council_approval", False, "CONCERNING THE PROPOSED SURVEILLANCE TECHNOLOGY "
     "ORDINANCE\n\nUnder the proposal, the department must obtain City Council approval before "
     "acquiring any surveillance technology."),
]

# Batch 52's misses and wrong findings, answered by general readings (written for the test in
# other words than the statutes'): a technology barred as the sole basis for an arrest, its use by
# the police prohibited, what its cameras gather barred from a use, an officer's list of duties
# opening with "activate"; the body's enactment as a permission's condition, its hearing before it
# authorizes a contract; footage recorded in violation; a caption's gerund "making violation a
# misdemeanor"; 8 U.S.C. 1373's "prohibit or in any way restrict"; face recognition on the
# legislative authority's approval; Florida's and Utah's captions, Colorado's page and line marks
# and bill summary; pages that gather a state's laws, summaries of what "this act" does.
CAUSES_52: list[tuple[str, bool, str]] = [
    ("use_policy", True, _LAW_50.format("A police officer shall not use a face recognition match "
     "as the sole basis for an arrest.")),
    ("use_policy", True, _LAW_50.format("The use of drones by law enforcement agencies at "
     "political rallies is prohibited.")),
    ("use_policy", False, _LAW_50.format("The use of drones on state park lands is prohibited "
     "unless the park director issues a permit.")),
    ("use_policy", True, _LAW_50.format("Images captured by the state's toll cameras shall not be "
     "used to enforce parking ordinances.")),
    ("use_policy", True, _LAW_50.format("Each officer equipped with a body worn camera shall:\n"
     "(1) activate the camera at the start of every traffic stop;\n(2) keep it on until the "
     "stop ends.")),
    ("council_approval", True, _LAW_50.format("If authorized by resolution adopted by the county "
     "commission, the sheriff may contract for a license plate reader system.")),
    ("council_approval", True, _LAW_50.format("The city council shall hold a public hearing on a "
     "proposed red light camera program before authorizing the city to sign a contract for it.")),
    ("enforcement", True, _LAW_50.format("Video recorded in violation of this section may not be "
     "used as evidence in any proceeding.")),
    ("enforcement", False, "AN ACT relating to drones; prohibiting certain flights over prisons; "
     "making violation a misdemeanor; providing an effective date.\n\nBE IT ENACTED BY THE "
     "PEOPLE OF THE STATE OF OKLAHOMA:\n\nSECTION 1. Definitions."),
    ("data_sharing_limits", False, _LAW_50.format("A local agency may not prohibit or in any way "
     "restrict its officers from exchanging information with federal immigration authorities.")),
    ("facial_recognition_ban", False, _LAW_50.format("A state agency may not procure facial "
     "recognition technology without the prior approval of the legislature.")),
    ("title", True, "Florida Senate - 2019 SB 12 By Senator Roe 1-00012-19 1 A bill to be entitled "
     "2 An act relating to drones; amending s. 934.50, F.S.; providing an effective date. 3 Be It "
     "Enacted by the Legislature of the State of Florida: 4 Section 1. Section 934.50 is amended."),
    ("title", True, "DRONE PRIVACY AMENDMENTS\n2024 GENERAL SESSION\nSTATE OF UTAH\nChief "
     "Sponsor: Jane Roe\n\nBe it enacted by the Legislature of the state of Utah:\n\nSection 1. "
     "Section 72-14-101 is amended."),
    ("enforcement", False, "A Bill for an Act\nPage 1, Line 101Concerning drones.\nBill Summary\n"
     "The bill makes evidence gathered in violation of the bill inadmissible.\nPage 2, Line 1Be it "
     "enacted by the General Assembly of the State of Colorado:\nPage 2, Line 2SECTION 1. Short "
     "title. This act may be cited as the Drone Act."),
    ("enforcement", False, "Drone Laws in Ohio\n\nStatutes:\n\n4561.50. Evidence. Information "
     "obtained from a drone is not admissible in any prosecution unless it was obtained under a "
     "warrant."),
    ("enforcement", False, "Ohio Drone Laws\n\nStatutes:\n\n4561.50. Evidence. Information "
     "obtained from a drone is not admissible in any prosecution unless it was obtained under a "
     "warrant."),
    ("use_policy", False, "Drone Storage Limits\n\nSB 9\nVote Yes\n\nThis act restricts the "
     "storage of drone images by state agencies to 30 days. This act requires agencies to purge "
     "images after 30 days unless a warrant applies."),
]

# A second cold review (git diff 2f222b41 58f62683 -- ordinance/) found these read wrongly: a
# statute's own "This Act establishes ..." taken for a summary, an act's caption for a page of
# laws, a bill summary with no enacting clause after it swallowing a resolution, private users
# and any recorder read as a government's technology, lists of recipients and of conditions too
# loosely, real bans and remedies refused by exclusions too wide, approval by an official.
CAUSES_REVIEW_52: list[tuple[str, bool, str]] = [
    ("title", True, "Sec. 1. Short title. This Act may be cited as the Freedom from Drone "
     "Surveillance Act.\n\nSec. 5. Purpose. This Act establishes the conditions under which a law "
     "enforcement agency may use a drone.\n\nSec. 15. Warrants. This Act requires that the agency "
     "obtain a warrant within 48 hours."),
    ("title", True, "AN ACT concerning drone laws.\n\nBE IT ENACTED BY THE GENERAL "
     "ASSEMBLY:\n\nSection 1. No agency shall use a drone without a warrant."),
    ("data_sharing_limits", True, "RESOLUTION NO. 24-12\n\nBill Summary\n\nThis resolution adopts "
     "a policy.\n\nNOW, THEREFORE, BE IT RESOLVED by the City Council of the City of Springfield "
     "that the following policy is adopted:\n\nSection 1. The department shall not share license "
     "plate reader data with any federal immigration agency."),
    ("council_approval", False, _LAW_50.format("The Chief of Police shall consult the City Council "
     "before authorizing the department to use a drone.")),
    ("use_policy", False, _LAW_50.format("The operation of drones by the public over city parks is "
     "prohibited.")),
    ("use_policy", False, _LAW_50.format("The use of a drone by any city resident over a city park "
     "is prohibited.")),
    ("use_policy", False, _LAW_50.format("Drone operation shall be limited to daylight hours, "
     "within visual line of sight, and below 400 feet.")),
    ("use_policy", False, _LAW_50.format("No city employee may use a recording device to record a "
     "personnel meeting without the consent of all participants.")),
    ("use_policy", False, _LAW_50.format("An employee of a private security company may not use a "
     "drone over a residence except with the owner's consent.")),
    ("use_policy", True, _LAW_50.format("A law enforcement agency may not use a drone except "
     "pursuant to a search warrant, and an officer who violates this section is subject to "
     "discipline.")),
    ("data_sharing_limits", False, _LAW_50.format("Training on the license plate reader system may "
     "be provided only to sworn officers, supervisors, and analysts who access its data.")),
    ("data_sharing_limits", True, _LAW_50.format("Recordings shall be disclosed only to a "
     "prosecutor, a court, or the person recorded.")),
    ("data_sharing_limits", True, _LAW_50.format("The department shall not share license plate "
     "reader data with federal immigration authorities, and no policy shall prohibit, or in any "
     "way restrict, an officer from reporting misconduct.")),
    ("facial_recognition_ban", True, _LAW_50.format("No city department shall obtain, retain, "
     "access, or use face recognition technology, nor share any city data with a third party "
     "without the prior written authorization of the City Manager.")),
    ("enforcement", True, _LAW_50.format("For the purpose of enforcing this section, any person "
     "injured by a violation may bring a civil action for damages and injunctive relief.")),
    ("enforcement", True, _LAW_50.format("A person who knowingly violates this section is guilty "
     "of a misdemeanor; making a false entry in the audit log is a separate offense.")),
    ("footage_requests", False, _LAW_50.format("The city may not require a business to install "
     "security cameras unless the owner consents.")),
    ("enforcement", True, _LAW_50.format("Footage captured in violation of this section shall be "
     "excluded in any criminal prosecution.")),
    ("enforcement", False, _LAW_50.format("Data collected in violation of this chapter shall be "
     "excluded from the annual statistical report.")),
    ("public_hearing_notice", False, _LAW_50.format("Any request by a vendor to hold a public "
     "hearing or publish an impact report on its products is subject to approval by the City "
     "Manager.")),
]

# Batch 53's near misses that read as law (its other misses are left for the next session): a news
# story with its reporter's address and date. (Indiana's "DIGEST OF INTRODUCED BILL" is tested by
# the corpus's own near miss, tests/test_check_corpus.py.)
CAUSES_53: list[tuple[str, bool, str]] = [
    ("use_policy", False, "Council committee advances drone rules\n\njdoe@citypaper.comMay 2, "
     "2024\n\nAn ordinance setting rules for police drones will go to the City Council.\n\nThe "
     "proposed ordinance requires:\n\n- deleting drone images after 30 days;\n- releasing "
     "images to others only with a court order."),
]


# Readings written at the start of the fourteenth session from the misses left in seen batches
# (statutes' use rules): a technology barred from one purpose or flatly for the government, the
# data it gathers barred but on a condition, one purpose before "only", what a camera may only
# capture, the shortest time the police keep their own recordings, and officers' duty to wear a
# camera. Each with a wording that must not be read.
CAUSES_BEFORE_54: list[tuple[str, bool, str]] = [
    ("use_policy", True, _LAW_50.format("No state agency may use an unmanned aircraft system to "
     "conduct surveillance of a lawful assembly.")),
    ("use_policy", False, _LAW_50.format("A state agency may not use an unmanned aircraft system "
     "for any purpose.")),
    ("use_policy", True, _LAW_50.format("The sheriff shall not use a cell site simulator device "
     "for the location of a person's phone in a civil matter.")),
    ("use_policy", True, _LAW_50.format("Subject to subsection (c), the operation of a license "
     "plate reader system by a county agency is prohibited.")),
    ("use_policy", True, _LAW_50.format("It is unlawful for an individual, a partnership, a "
     "corporation, a trust, an association, or the state and its political subdivisions to use a "
     "license plate reader.")),
    ("use_policy", False, _LAW_50.format("It is unlawful for any person to operate an unmanned "
     "aircraft over a correctional facility except with the warden's consent.")),
    ("use_policy", True, _LAW_50.format("A police department shall not access data collected by "
     "a license plate reader unless the access is for an active criminal investigation.")),
    ("use_policy", True, _LAW_50.format("Red light cameras shall be used for the enforcement of "
     "traffic signals only.")),
    ("use_policy", True, _LAW_50.format("Speed cameras may only take photographs of the rear of a "
     "vehicle.")),
    ("use_policy", True, _LAW_50.format("The records custodian may only access stored "
     "surveillance footage after a written request is approved.")),
    ("use_policy", True, _LAW_50.format("Every law enforcement agency shall retain body camera "
     "recordings for not less than one hundred twenty (120) days.")),
    ("use_policy", False, _LAW_50.format("Each pawnbroker shall retain its security camera "
     "recordings for at least thirty (30) days and make them available to the police on "
     "request.")),
    ("use_policy", True, _LAW_50.format("Each deputy sheriff on patrol shall wear a functioning "
     "camera that records audio and video.")),
    ("use_policy", False, _LAW_50.format("Each deputy sheriff shall wear the uniform the sheriff "
     "prescribes.")),
    ("use_policy", False, "AN ACT requiring state troopers to wear and use body cameras.\n\n"
     "WHEREAS, body cameras build trust."),
    ("use_policy", True, _LAW_50.format("A county agency may not collect a person's biometric "
     "identifiers without a warrant.")),
    ("use_policy", True, _LAW_50.format("The sheriff shall implement written guidelines for the "
     "use of drones by the sheriff's office.")),
    ("use_policy", True, _LAW_50.format("Any police department using a license plate reader "
     "shall adopt a written policy that:\n\n(1) limits its use to criminal investigations; "
     "and\n\n(2) sets how long its data is kept.")),
    ("use_policy", True, _LAW_50.format("Body camera recordings made by a state trooper shall not "
     "be sold or used for any advertising purpose.")),
    ("use_policy", False, _LAW_50.format("Recordings made by a state trooper shall not be used "
     "for any purpose.")),
    ("use_policy", True, _LAW_50.format("A police officer's body camera may not be deliberately "
     "disabled during a traffic stop.")),
    ("use_policy", True, _LAW_50.format("Officers of the city police department who watch the "
     "downtown cameras may not track persons based on their clothing or their race.")),
    ("use_policy", True, _LAW_50.format("The agency shall destroy the cell phone location data it "
     "obtained as soon as reasonably possible after the case is closed.")),
    ("use_policy", True, _LAW_50.format("Only sworn officers of the state patrol shall be "
     "permitted to view video from the bridge cameras.")),
    ("use_policy", True, _LAW_50.format("The use of unmanned aircraft to photograph, record, or "
     "track persons by a county sheriff at any lawful march, rally, vigil, picket, or other "
     "assembly held on public streets, sidewalks, or parks of the state or of any political "
     "subdivision is prohibited.")),
]


# Batch 54's near misses read as law, in other words: a house bill report, a journal's digest of a
# bill and a blog on one ("The amendment restricts", "a bill that would"), a page setting out a
# law's text for its reader, and 8 U.S.C. 1373's bar in the passive; a committee amendment's own
# summary ("This amendment requires") leaves it law. And its enabling statutes: a place's use of a
# technology through its governing body's ordinance, vote or approval.
CAUSES_54: list[tuple[str, bool, str]] = [
    ("council_approval", False, "HOUSE BILL REPORT\n\nHB 12\n\nThis analysis was prepared by "
     "nonpartisan staff for the use of members.\n\nTitle: An act relating to drones.\n\nBrief "
     "Summary\n\n- Requires approval by the local governing body before a police agency obtains "
     "a drone."),
    ("enforcement", False, "Elm Legislature Weighs Drone Bill\n\nHouse Bill 9 - A bill to be "
     "entitled an Act to amend Chapter 4 of Title 16.\n\nThe bill defines the term drone. The "
     "amendment restricts the use of drone images in court, and anyone who breaks it is guilty "
     "of a misdemeanor."),
    ("enforcement", False, "A Drone Bill for Elm\n\nLegislators introduced a bill that would "
     "keep drones from spying on residents. The bill prohibits police from flying drones without "
     "a warrant.\n\nSection 2. Any evidence gathered in violation of this section is "
     "inadmissible in court."),
    ("annual_report", False, "Drone Reporting\n\nPublic bodies must register their drones. "
     "Below is the section of rule that covers the yearly report.\n\n837.360 Registration.\n\n"
     "(7) A public body that registers a drone shall provide an annual report to the department "
     "that summarizes its use."),
    ("data_sharing_limits", False, _LAW_50.format("Cities and counties may not be prohibited or "
     "restricted in any way from sending, receiving or maintaining information relating to the "
     "immigration status of any individual, or exchanging it with any other governmental "
     "entity.")),
    ("council_approval", True, _LAW_50.format("A county may operate red light cameras at its "
     "intersections, provided that the county first adopts an ordinance setting their "
     "locations.")),
    ("council_approval", True, _LAW_50.format("The governing body of a city may, by ordinance, "
     "establish a program of speed cameras in school zones.")),
    ("council_approval", True, _LAW_50.format("A city that wishes to use automated speed cameras "
     "shall, by vote of its legislative body, submit a plan to the state traffic commission.")),
    ("council_approval", True, _LAW_50.format("A sheriff who has obtained the approval of the "
     "county legislature may apply for a state grant for body cameras.")),
    ("council_approval", True, _LAW_50.format("The city council shall approve a use policy before "
     "the city enters into a contract for license plate readers.")),
    ("council_approval", False, _LAW_50.format("A county may operate red light cameras at its "
     "intersections, provided that the state department of transportation approves each "
     "location.")),
    ("council_approval", False, _LAW_50.format("The governing body of a city may, by ordinance, "
     "establish a program of street tree planting.")),
    ("use_policy", True, _LAW_50.format("A city's speed safety system may not be used to issue "
     "parking citations.")),
    ("use_policy", True, _LAW_50.format("The city's cameras shall be aimed so as to capture the "
     "roadway and not the windows of homes.")),
    ("use_policy", True, _LAW_50.format("A township may only install red light cameras at "
     "intersections with a crash history.")),
    ("use_policy", True, _LAW_50.format("Information obtained through the use of state toll "
     "cameras shall not be used to enforce any law other than the toll law.")),
    ("use_policy", True, _LAW_50.format("Each police agency that flies drones shall have a policy "
     "governing drone use.")),
    ("use_policy", True, _LAW_50.format("A county shall use photo enforcement devices only if a "
     "deputy is present at the device.")),
    ("use_policy", False, _LAW_50.format("The board shall have a policy on employee travel.")),
    ("enforcement", True, "Amend the bill by striking out everything after the enacting clause "
     "and inserting the following:\n\n'Sec. 1. 25 MRSA c. 9 is enacted to read:\n\nA person "
     "harmed by a law enforcement agency's use of a drone in violation of this chapter may bring "
     "a civil action for damages.'\n\nSUMMARY\n\nThis amendment replaces the bill. This "
     "amendment requires a warrant for drones. This amendment allows a civil action."),
]

# A cold review of the session's readings (git diff cd2f4a53 -- ordinance/) found these read
# wrongly or missed: each shown by a clause of its kind.
CAUSES_REVIEW_54: list[tuple[str, bool, str]] = [
    ("council_approval", False, _LAW_50.format("The governing body of a county may, by ordinance, "
     "establish a water quality monitoring program, and may accept grants for that purpose.")),
    ("council_approval", False, _LAW_50.format("The council may, by resolution, establish fees "
     "for copies of video recordings of council meetings.")),
    ("council_approval", False, _LAW_50.format("The salary of the information technology director "
     "shall be set by majority vote of the governing body.")),
    ("council_approval", False, _LAW_50.format("The Board of Health shall adopt regulations "
     "before implementing the air quality monitoring program.")),
    ("council_approval", False, _LAW_50.format("A person having obtained the consent of the city "
     "council may operate a drone over a city park for a special event.")),
    ("council_approval", False, _LAW_50.format("A municipality may collect a franchise fee from a "
     "video service provider if the municipality adopts an ordinance imposing the fee.")),
    ("council_approval", True, _LAW_50.format("A county may operate speed cameras in school "
     "zones, provided the county has first adopted an ordinance that sets their hours.")),
    ("council_approval", True, _LAW_50.format("A city may install red light cameras if the city "
     "has adopted a local law or ordinance authorizing them.")),
    ("council_approval", True, _LAW_50.format("A municipality may operate license plate readers "
     "upon adoption of an ordinance by the governing body of the municipality.")),
    ("use_policy", False, _LAW_50.format("Each school district shall adopt a policy that:\n\n(1) "
     "governs student access to school computers; and\n\n(2) limits the disclosure of student "
     "data to third parties.")),
    ("use_policy", False, _LAW_50.format("A school district shall adopt rules governing student "
     "use of personal devices and shall keep data on violations.")),
    ("data_sharing_limits", True, _LAW_50.format("A state agency shall not share license plate "
     "reader data with any federal agency, except that the agency shall not be prohibited from "
     "providing data in response to a judicial warrant.")),
    ("use_policy", False, _LAW_50.format("It is unlawful for a business in this state to use "
     "facial recognition technology to identify a customer.")),
    ("use_policy", False, _LAW_50.format("An employer may not use facial recognition technology "
     "to identify an employee, and the state attorney general may enforce this section.")),
    ("use_policy", False, _LAW_50.format("No employer in this state shall use a camera to record "
     "employees in a restroom.")),
    ("use_policy", False, _LAW_50.format("A business or landlord in this state may not use facial "
     "recognition technology to identify a tenant.")),
    ("use_policy", False, _LAW_50.format("A licensed security guard shall wear a body camera "
     "while on duty at a licensed establishment.")),
    ("use_policy", False, _LAW_50.format("Members of the public may only record council meetings "
     "using cameras placed at the rear of the chamber.")),
    ("use_policy", False, _LAW_50.format("The Department of Revenue shall only collect data "
     "necessary to administer the tax.")),
    ("use_policy", False, _LAW_50.format("Members of the surveillance technology commission shall "
     "serve without pay, and any reimbursement shall be for actual and necessary expenses only.")),
    ("use_policy", False, _LAW_50.format("Parking spaces in the municipal lot are for the "
     "exclusive use of city employees, and the lot is monitored by cameras.")),
    ("use_policy", False, "Sec. 14-3. Drones in city parks.\n\n(a) A drone may not be used to "
     "harass wildlife in a city park."),
    ("use_policy", False, _LAW_50.format("Photographs of a historic structure shall not be used "
     "as the sole basis for a demolition permit issued by the city.")),
    ("use_policy", False, "Sec. 11-2. Fair lending.\n\n(a) A lender shall not target persons "
     "based on race or national origin. The city attorney may enforce this section."),
    ("use_policy", False, _LAW_50.format("The use of drones to photograph any person inside a "
     "facility operated by a state agency is prohibited.")),
    ("use_policy", False, _LAW_50.format("A landlord may install security cameras in the common "
     "areas of a building only with the written consent of a majority of the tenants, as "
     "provided by city code.")),
    ("use_policy", False, _LAW_50.format("The department shall collect the biometric identifiers "
     "of each applicant and shall issue a license only if the applicant passes a background "
     "check.")),
    ("use_policy", False, _LAW_50.format("A law enforcement agency may not seize or capture a "
     "drone operated by a hobbyist unless the drone endangers an aircraft.")),
    ("use_policy", False, _LAW_50.format("Every public agency shall retain the video recording of "
     "each open meeting for at least one year.")),
    ("use_policy", False, _LAW_50.format("A law enforcement agency shall keep a lost bicycle for "
     "at least 60 days, and shall post images of it on its website.")),
    ("use_policy", False, "Sec. 6-4. Pawnbrokers; police inspection.\n\n(a) A pawnbroker shall "
     "photograph each item it receives and shall retain the photographs for at least one year."),
    ("use_policy", False, "Sec. 9-12. City use of facial recognition.\n\n(a) Facial recognition "
     "technology shall not be used for any law enforcement purpose."),
    ("use_policy", False, _LAW_50.format("A city department shall not use facial recognition "
     "technology at any time.")),
    ("council_approval", True, "Sec. 9-1. Purpose.\n\nSet out below are the rules that govern the "
     "city's acquisition and use of surveillance technology.\n\nSec. 9-2. Approval.\n\nNo city "
     "department shall acquire surveillance technology without the approval of the city council "
     "by ordinance."),
    ("use_policy", True, _LAW_50.format("A city police department's automated license plate "
     "recognition system may not be used to issue a notice of violation for speeding.")),
    ("use_policy", True, _LAW_50.format("A sheriff shall not use license plate readers in order "
     "to enforce civil immigration law.")),
    ("use_policy", True, _LAW_50.format("Each state trooper shall wear and operate a body-worn "
     "camera while on patrol.")),
    ("use_policy", True, _LAW_50.format("Each deputy on patrol shall wear a properly functioning "
     "department-issued body-worn camera.")),
    ("use_policy", True, _LAW_50.format("Each patrol officer shall be equipped with and wear a "
     "body-worn camera.")),
    ("use_policy", True, _LAW_50.format("A law enforcement agency shall retain body camera "
     "recordings for not fewer than ninety days.")),
    ("use_policy", True, _LAW_50.format("A law enforcement agency shall retain body camera "
     "recordings for at least six weeks.")),
]


# Batch 55's near miss read as law: a prosecutors' manual restating a statute, each paragraph
# closed by the section it restates; a board policy's list of legal references is no such page.
CAUSES_55: list[tuple[str, bool, str]] = [
    ("enforcement", False, "XX. CIVIL ACTION AND DAMAGES\n\nPursuant to Elm Stat. 12-24, any "
     "person whose communication is intercepted in violation of the Act shall have a civil cause "
     "of action against any person who commits such acts. Elm Stat. 12-24.\n\nXXI. REPORTS\n\n"
     "The Attorney General must report annually to the Legislature on the operation of the Act. "
     "Elm Stat. 12-23."),
    ("use_policy", True, "Policy 7440.01 Video Surveillance\n\nThe Board authorizes the use of "
     "video cameras on school buses. Recordings shall be used only for the purpose of student "
     "discipline and shall be erased within thirty (30) days unless needed as evidence.\n\n"
     "Adopted by the Board of Education on May 4, 2015\n\n18 U.S.C. 2510-2521\n\n"
     "20 U.S.C. 1232g"),
    ("use_policy", True, "Sec. 4. Police body cameras.\n\n(a) Body-worn cameras shall not be used "
     "to "
     "record a victim's interview without the victim's consent."),
    ("use_policy", True, _LAW_50.format("A parish may not operate electronic speed enforcement "
     "devices on an interstate highway unless a deputy is present.")),
    ("use_policy", True, _LAW_50.format("The city's automated speed enforcement system shall be "
     "operated only during school hours.")),
    ("use_policy", True, _LAW_50.format("Images taken by a red light camera of the city shall be "
     "restricted to the rear of the vehicle and its license plate.")),
    ("use_policy", True, _LAW_50.format("Recordings made by the security cameras of a public "
     "transit agency shall be retained for six months.")),
    ("use_policy", True, _LAW_50.format("The sheriff's office shall not collect or maintain "
     "information about a person's religious beliefs unless the information is material to a "
     "criminal investigation.")),
    ("use_policy", True, _LAW_50.format("Beginning July 1, 2026, a county agency shall not collect "
     "the following, except as federal law requires:\n\n(1) a person's place of birth; and\n\n"
     "(2) a person's immigration status.")),
    ("use_policy", False, _LAW_50.format("A county agency shall collect information on each "
     "applicant's income unless the applicant declines.")),
    ("use_policy", False, _LAW_50.format("The clerk shall retain the minutes of each meeting for "
     "ten years.")),
]

# A second cold review (git diff ffdd8eaa -- ordinance/) found these read wrongly or missed.
CAUSES_REVIEW_55: list[tuple[str, bool, str]] = [
    ("use_policy", True, "Sec. 9-4. Police cameras.\n\n(a) Recordings of the police cameras shall "
     "be retained for thirty days and then erased, as provided in La. R.S. 44:36.\n\n(b) Access "
     "to recordings is limited to officers designated by the chief, and recordings are public "
     "records only as provided in La. R.S. 44:3."),
    ("use_policy", True, "Policy 3515.2. Video Surveillance.\n\nThe Board authorizes video cameras "
     "on school buses. Recordings shall be erased within thirty (30) days unless needed as "
     "evidence.\n\nAdopted by the Board of Education on May 4, 2015\n\nLegal Reference: G.S. "
     "115C-47\n\nCross Reference: G.S. 132-1"),
    ("use_policy", False, _LAW_50.format("An agency shall not request information about the "
     "identity of a public records requester unless the request is for commercial use.")),
    ("use_policy", False, _LAW_50.format("A collection agency may not request or collect personal "
     "information from a debtor except as federal law allows.")),
    ("use_policy", False, _LAW_50.format("Except as provided in subsection (b), a health insurer "
     "may not request or collect genetic information about an applicant.")),
    ("use_policy", False, _LAW_50.format("Vendors under contract with a state agency shall not "
     "collect data on the agency's clients except as the contract allows.")),
    ("use_policy", False, _LAW_50.format("Each agency shall collect data on traffic stops, "
     "including the race of the driver, except that no agency may record the name of the driver.")),
    ("use_policy", True, _LAW_50.format("The police department shall not collect or maintain "
     "information about the political or religious activities of any person without reasonable "
     "suspicion of criminal conduct.")),
    ("use_policy", True, _LAW_50.format("Information about the political or religious views of any "
     "individual shall not be collected or maintained by the police department unless it relates "
     "to a criminal investigation.")),
    ("use_policy", True, _LAW_50.format("The sheriff shall not collect, store, or share "
     "information about a person's religious beliefs unless the information relates to a crime.")),
    ("use_policy", False, _LAW_50.format("Every hotel shall maintain security cameras covering its "
     "lobby, and footage shall be retained for thirty days for inspection by the police "
     "department.")),
    ("use_policy", False, _LAW_50.format("Videotapes of custodial interrogations by the police "
     "department shall be retained for ten years after the conviction.")),
    ("use_policy", True, _LAW_50.format("Recordings from the police department's body-worn cameras "
     "shall be retained for 90 calendar days.")),
    ("use_policy", True, _LAW_50.format("The police department shall retain body camera recordings "
     "for one hundred eighty days.")),
    ("use_policy", True, _LAW_50.format("Footage recorded by cameras on buses operated by the "
     "transit authority shall be retained for thirty days.")),
    ("use_policy", False, "Sec. 7-3. Taxicab dashboard cameras.\n\n(a) A dashboard camera may not "
     "be used to record audio of passengers."),
    ("use_policy", False, "Sec. 9-8. Security guards.\n\n(a) A licensed security guard may wear a "
     "body-worn camera.\n\n(b) A body-worn camera may not be used to record inside a restroom."),
    ("use_policy", False, _LAW_50.format("The department of environmental quality may not install "
     "an automated air quality monitoring system on private property except with the owner's "
     "consent.")),
    ("use_policy", False, _LAW_50.format("A county hospital may not use an electronic fetal "
     "monitoring device except with the patient's consent.")),
    ("use_policy", True, _LAW_50.format("The police department may not use an automated "
     "speed-enforcement system except in a school zone.")),
    ("use_policy", True, _LAW_50.format("The police department may not use an automatic traffic "
     "enforcement system except in a school zone.")),
    ("use_policy", False, "Sec. 14-3. Drones in city parks.\n\n(a) Drones shall be operated only "
     "at the designated model aircraft field."),
    ("use_policy", False, "Sec. 2-15. Closed sessions.\n\n(a) Recordings of closed sessions shall "
     "be restricted to members of the council and the city attorney."),
    ("use_policy", False, "Sec. 22-4. Electronic signs.\n\n(a) Images displayed on an electronic "
     "message sign shall be limited to static displays, and full-motion video is prohibited."),
    ("use_policy", True, _LAW_50.format("The city's automated speed enforcement cameras shall only "
     "be used at intersections designated by the council.")),
    ("use_policy", True, _LAW_50.format("A city's school zone speed camera may be operated only "
     "between 7 a.m. and 5 p.m. on school days.")),
    ("use_policy", True, _LAW_50.format("Images captured by the city's red light cameras are "
     "limited to the rear of the vehicle and its license plate.")),
]


# Batch 56's misses: a camera's recorded images destroyed on a schedule, photo radar by that name,
# an ordinance required before a place may use its cameras.
CAUSES_56: list[tuple[str, bool, str]] = [
    ("use_policy", True, _LAW_50.format("(b) All recorded images that show no violation shall be "
     "destroyed within sixty (60) days of the date they were recorded.")),
    ("use_policy", True, _LAW_50.format("A police department may not use photo radar on a freeway "
     "unless a sign warns drivers of its use.")),
    ("council_approval", True, _LAW_50.format("The city council must hold a public hearing before "
     "enacting an ordinance allowing the use of red light cameras.")),
    ("council_approval", False, _LAW_50.format("The city council must hold a public hearing before "
     "enacting an ordinance allowing food trucks in parks.")),
]

# Written in the fifteenth session from seen misses, before batch 57 was measured: a technology
# allowed only for a use with its user named, a body camera kept on, what a warrant yields kept
# from other uses, recordings kept from a vendor, where traffic cameras may be used and the signs
# before them, and a governing body's vote or finding as the condition of a camera's use.
CAUSES_BEFORE_57: list[tuple[str, bool, str]] = [
    ("use_policy", True, _LAW_50.format("A license plate reader may only be used by a sheriff's "
     "deputy for an active criminal investigation.")),
    ("use_policy", False, _LAW_50.format("Recorders may only be used by members who are trained "
     "in the use of the recorder.")),
    ("use_policy", True, _LAW_50.format("A jail officer shall ensure that the body-worn camera is "
     "activated for the whole of the shift.")),
    ("use_policy", True, _LAW_50.format("The body-worn camera may only be deactivated when the "
     "officer enters a restroom.")),
    ("use_policy", True, _LAW_50.format("An agency may not use, share, or disclose, for any "
     "purpose, location records obtained under a warrant that do not concern the offense "
     "investigated.")),
    ("use_policy", True, _LAW_50.format("A recording made by an officer on duty may not be stored "
     "by a vendor if the vendor may refuse to release it.")),
    ("use_policy", True, _LAW_50.format("A photo radar unit operated under this section:\n\n(a) "
     "May not be used on interstate highways.\n\n(b) Must be staffed by a sworn officer.")),
    ("use_policy", True, _LAW_50.format("A county's speed camera may not be used unless a sign "
     "warning drivers has been posted ahead of it.")),
    ("use_policy", True, _LAW_50.format("Each red light camera must be identified by warning "
     "signs posted within 200 feet of the intersection.")),
    ("use_policy", False, _LAW_50.format("Automated traffic enforcement systems shall not be "
     "installed on any street in the city.")),
    ("council_approval", True, _LAW_50.format("A city may operate speed cameras near schools if "
     "their use is approved by a vote of the city council.")),
    ("council_approval", True, _LAW_50.format("Photo radar may be used outside school zones if "
     "the governing body of the city makes a finding that speeding endangers residents there.")),
    ("council_approval", False, _LAW_50.format("Photo radar may be used outside school zones if "
     "the state traffic engineer makes a finding that speeding endangers residents there.")),
    ("council_approval", True, _LAW_50.format("The purchase of a drone shall be approved by the "
     "local governing body of the agency seeking it.")),
    ("council_approval", True, _LAW_50.format("A port district may use traffic cameras when their "
     "use is approved by the port district's governing body.")),
    ("council_approval", False, _LAW_50.format("School buses may carry stop-arm cameras if the "
     "cameras are approved by the state department of education.")),
    ("data_sharing_limits", True, _LAW_50.format("No officer shall disclose images recorded during "
     "the authorized flight of an unmanned aircraft by the department except as this section "
     "provides.")),
    ("data_sharing_limits", False, _LAW_50.format("Campus staff may not disseminate information "
     "recorded by the security cameras except for safety and/or official College purposes.")),
    ("data_sharing_limits", True, _LAW_50.format("Plate reader data can be searched or shared "
     "only for an active criminal investigation.")),
    ("data_sharing_limits", False, _LAW_50.format("Plate reader data can be searched or shared "
     "only for official purposes.")),
    ("data_sharing_limits", True, _LAW_50.format("No party shall copy or distribute body camera "
     "recordings without a court order.")),
    ("enforcement", True, _LAW_50.format("Evidence gathered by a drone in violation of this "
     "section shall be suppressed.")),
    ("enforcement", True, _LAW_50.format("Evidence obtained through a violation of this section "
     "is subject to the rules governing exclusion of unlawfully seized evidence.")),
    ("enforcement", True, _LAW_50.format("A vendor that discloses body camera data in violation "
     "of this chapter is liable for actual damages and reasonable attorney fees.")),
    ("enforcement", True, _LAW_50.format("An officer who knowingly disables a body camera in "
     "violation of this section is guilty of misconduct.")),
    ("enforcement", False, _LAW_50.format("An officer who knowingly disables a body camera must "
     "report the reason to a supervisor.")),
]


# Batch 57's misses answered (signs posted by duty, a camera's pictures kept from faces, a
# wiretap act's limits on its orders and recordings, an emergency's oral approval followed by a
# written application, records kept private, motions to suppress), and a writer's account of a
# new law, which enacts nothing.
_CODE_57 = "Sec. 9-12. Cameras.\n\n(a) {}"
CAUSES_57: list[tuple[str, bool, str]] = [
    ("use_policy", True, _CODE_57.format("The town shall cause a sign to be posted at each main "
     "road into town giving notice that photographic traffic signal enforcement systems are "
     "in use.")),
    ("use_policy", True, _CODE_57.format("The city shall identify each mobile photo radar unit by "
     "signs visible to drivers on the street.")),
    ("use_policy", True, _CODE_57.format("Under no circumstances may the photograph or video show "
     "the face of the driver or of any passenger.")),
    ("use_policy", True, _LAW_50.format("No order issued under this chapter shall authorize the "
     "interception of any oral communication for a period longer than thirty (30) days.")),
    ("use_policy", True, _LAW_50.format("Each order shall require that the interception be "
     "conducted so as to minimize the interception of communications not subject to the "
     "order.")),
    ("use_policy", True, _LAW_50.format("Recordings of intercepted communications shall not be "
     "destroyed except upon an order of the issuing judge.")),
    ("use_policy", False, _LAW_50.format("Minutes of closed sessions shall not be destroyed "
     "except upon an order of the board.")),
    ("exigent_circumstances", True, _LAW_50.format("A judge may give oral approval for the use of "
     "a pen register without an order; the officer shall file a written application for an "
     "order within forty-eight (48) hours after the oral approval.")),
    ("exigent_circumstances", False, _LAW_50.format("A judge may give oral approval for an "
     "amendment to the docket; the clerk shall file a written record within two (2) days.")),
    ("data_sharing_limits", True, _LAW_50.format("The confidentiality of all images recorded by "
     "the school bus cameras shall be maintained, but aggregate counts may be released.")),
    ("enforcement", True, _LAW_50.format("Any aggrieved person may move to suppress the contents "
     "of any intercepted communication on the ground that it was unlawfully intercepted.")),
    ("enforcement", True, _LAW_50.format("An aggrieved person may request the court to suppress "
     "the contents of any intercepted communication obtained in violation of this chapter.")),
    ("use_policy", False, _LAW_50.format("This new law (P.L. 2021, c. 12) requires that body "
     "camera recordings must be retained for no less than ninety days.")),
    ("enforcement", True, _LAW_50.format("A person may bring an action for equitable relief "
     "against a police agency that violates this section.")),
    ("enforcement", True, _LAW_50.format("A PERSON MAY BRING AN ACTION FOR EQUITABLE RELIEF "
     "AGAINST A POLICE AGENCY THAT VIOLATES THIS SECTION.")),
    ("data_sharing_limits", False, _LAW_50.format("A government entity may not:\n\n(1) obtain, "
     "retain, access, or use any face recognition system or any information obtained from such "
     "a system; or\n\n(2) enter into an agreement with a private entity to obtain, access, or "
     "use such information.")),
]


# A cold review of the fifteenth session's readings: what they read wrongly (an immunity read
# as a remedy, a private person's damages, an Act's title cited in a sentence split from it, a
# report's or a hospital board's approval, tax records obtained by subpoena, revenues and
# non-camera traffic devices, private owners' and taxicabs' cameras, equipment stored) and plain
# variants they missed.
CAUSES_REVIEW_57: list[tuple[str, bool, str]] = [
    ("enforcement", False, _LAW_50.format("The city is not liable for damages arising from the "
     "installation or operation of a surveillance camera.")),
    ("enforcement", False, _LAW_50.format("No officer or employee of the city shall be liable for "
     "damages for any act taken in good faith under this chapter.")),
    ("enforcement", False, _LAW_50.format("The city and its officers shall not be subject to "
     "civil action for damages arising from the operation of the drone program.")),
    ("enforcement", False, _LAW_50.format("A landlord who installs a camera in a dwelling unit in "
     "violation of this section is liable to the tenant for actual damages.")),
    ("enforcement", False, _LAW_50.format("A person who uses an unmanned aircraft to conduct "
     "surveillance of another person's dwelling is liable to the owner for actual damages.")),
    ("enforcement", False, _LAW_50.format("A person who has been found guilty of official "
     "misconduct may not be appointed to the Surveillance Advisory Commission.")),
    ("enforcement", False, _LAW_50.format("Nothing in this section shall be construed to mean "
     "that an officer who fails to activate a camera is guilty of misconduct.")),
    ("enforcement", False, _LAW_50.format("A student who tampers with a school security camera is "
     "guilty of misconduct under the student code of conduct.")),
    ("enforcement", True, _LAW_50.format("An agency that violates this section is subject to a "
     "civil action for damages by the aggrieved person.")),
    ("enforcement", True, _LAW_50.format("A vendor that violates this section is liable for "
     "compensatory damages.")),
    ("enforcement", True, _LAW_50.format("A vendor that violates this section is liable in a "
     "civil action for damages.")),
    ("enforcement", True, _LAW_50.format("The vendor is liable to the aggrieved person in an "
     "amount equal to presumed damages of $2,500.")),
    ("enforcement", True, _LAW_50.format("Evidence derived from the use of a drone in violation "
     "of this section shall be suppressed.")),
    ("enforcement", True, _LAW_50.format("Any information obtained through the use of a cell site "
     "simulator in violation of this section shall be excluded from evidence.")),
    ("enforcement", True, _LAW_50.format("An officer who knowingly disables a body camera in "
     "violation of this section is guilty of misconduct.")),
    ("council_approval", False, _CODE_57.format("When the annual surveillance report is approved "
     "by the city council, the department shall post the data on its website.")),
    ("council_approval", False, _CODE_57.format("Audio and video recordings of commission "
     "meetings may be erased after the minutes are approved by the board of county "
     "commissioners.")),
    ("council_approval", False, _CODE_57.format("The city may purchase data processing equipment "
     "if the purchase is approved by the city council.")),
    ("council_approval", False, _CODE_57.format("If the board makes a determination that "
     "electronic monitoring is necessary, the parolee shall wear a GPS monitoring device.")),
    ("council_approval", False, _CODE_57.format("Unless the board makes a finding that the "
     "applicant's video surveillance plan is adequate, the board shall deny the liquor "
     "license.")),
    ("council_approval", False, _CODE_57.format("The purchase of drones by the state police shall "
     "first be approved by the Department of Transportation's governing body.")),
    ("council_approval", False, _CODE_57.format("The purchase of drones by the state police shall "
     "be approved by the state's legislative body.")),
    ("council_approval", False, _CODE_57.format("The police may install cameras if the "
     "installation is approved by the Governor's Council.")),
    ("council_approval", False, _CODE_57.format("A resident's doorbell camera must be approved by "
     "the homeowners association's board of trustees before it is installed.")),
    ("council_approval", False, _CODE_57.format("Cameras in patient rooms shall be approved by "
     "the hospital's board of trustees.")),
    ("council_approval", True, _CODE_57.format("A city may operate speed cameras if their use is "
     "approved by a two-thirds vote of the city council.")),
    ("council_approval", True, _CODE_57.format("A city may operate speed cameras if their use is "
     "approved by an affirmative vote of the governing body.")),
    ("council_approval", True, _CODE_57.format("A city may operate speed cameras if their use is "
     "approved in writing by the city council.")),
    ("council_approval", True, _CODE_57.format("A county may deploy drones when their use has "
     "been authorized by the board of county commissioners.")),
    ("council_approval", True, _CODE_57.format("Photo radar may be used in other areas if the "
     "governing body of the city finds that speeding endangers residents.")),
    ("council_approval", True, _CODE_57.format("Photo radar may be used in other areas if the "
     "city's governing body makes a finding that speeding endangers residents.")),
    ("council_approval", True, _CODE_57.format("A school district may install stop-arm cameras if "
     "the use of the cameras is approved by the district board of education.")),
    ("council_approval", True, _CODE_57.format("A school district may install stop-arm cameras if "
     "the use of the cameras is approved by the district's board of education.")),
    ("council_approval", True, _CODE_57.format("A city may operate speed cameras if the governing "
     "body of the city approves their installation at a public meeting.")),
    ("council_approval", True, _CODE_57.format("Photo radar may not be used except when use of "
     "photo radar by a local highway authority is approved by the local highway authority's "
     "governing body.")),
    ("council_approval", True, _CODE_57.format("School districts may install and operate "
     "automated school bus safety cameras on school buses if the use of the cameras is "
     "approved by a vote of the school district board of directors.")),
    ("use_policy", False, _LAW_50.format("A state agency may not use tax return information "
     "obtained pursuant to a court order for any purpose other than the collection of the "
     "tax.")),
    ("use_policy", False, _LAW_50.format("The department may not disclose any records obtained "
     "pursuant to a subpoena under this section except to the attorney general.")),
    ("use_policy", False, _LAW_50.format("An attorney licensed in this state may not use "
     "information obtained pursuant to a subpoena except in the proceeding for which it was "
     "issued.")),
    ("use_policy", True, _LAW_50.format("Location information obtained pursuant to a warrant may "
     "not be used, copied, or disclosed for any purpose other than the investigation.")),
    ("use_policy", True, _LAW_50.format("A law enforcement agency may not use location data "
     "obtained by a warrant except for the offense named in it.")),
    ("use_policy", True, _LAW_50.format("A law enforcement agency may not use or disclose "
     "location data obtained pursuant to a warrant for an unrelated investigation.")),
    ("use_policy", True, _LAW_50.format("A law enforcement agency may not use, copy, or disclose, "
     "for any purpose, reverse-location information obtained under a warrant that does not "
     "concern the crime.")),
    ("use_policy", False, _CODE_57.format("Revenues from civil penalties collected under the red "
     "light camera program shall not be used for any purpose other than traffic safety "
     "improvements.")),
    ("use_policy", False, _CODE_57.format("An automated traffic signal system may not be "
     "installed at an intersection unless the state highway engineer approves the timing "
     "plan.")),
    ("use_policy", False, _CODE_57.format("An automated traffic counting device may not be "
     "installed on a state highway without a permit.")),
    ("use_policy", False, _CODE_57.format("A vehicle may not be towed from the lot unless a sign "
     "is posted at each entrance. A red light camera program is hereby established.")),
    ("use_policy", True, _CODE_57.format("No photo radar system may be used on a "
     "controlled-access highway.")),
    ("use_policy", True, _CODE_57.format("An automated speed enforcement system may only be "
     "operated in a school zone during school hours.")),
    ("use_policy", True, _CODE_57.format("Photo radar may not be used on any highway with a "
     "posted speed limit greater than 55 miles per hour.")),
    ("use_policy", False, _CODE_57.format("Automated traffic enforcement systems shall not be "
     "installed on any street in the city.")),
    ("use_policy", False, _CODE_57.format("A private security agency's cameras may only be used "
     "for the protection of the client's premises.")),
    ("use_policy", False, _CODE_57.format("A landlord's security cameras may only be used to "
     "monitor common areas. The Department of Housing shall enforce this section.")),
    ("use_policy", False, _CODE_57.format("A taxicab company's cameras may only be used to record "
     "the interior of the vehicle. The department shall inspect each taxicab annually.")),
    ("use_policy", False, _CODE_57.format("A department's drones shall only be used in compliance "
     "with all applicable federal laws.")),
    ("use_policy", True, _CODE_57.format("A license plate reader may only be used by a sworn "
     "officer of the police department for a law enforcement purpose.")),
    ("use_policy", True, _CODE_57.format("Drones may only be flown by the police department for "
     "search and rescue.")),
    ("use_policy", False, _CODE_57.format("Taxicab security cameras. The in-car camera shall not "
     "be turned off while the taxicab is in service.")),
    ("use_policy", False, _CODE_57.format("The driver shall ensure that the vehicle camera is "
     "activated at all times while the taxicab is in service.")),
    ("use_policy", True, _CODE_57.format("Officers shall not deactivate their body-worn cameras "
     "until the encounter has concluded.")),
    ("use_policy", True, _CODE_57.format("A body-worn camera shall remain activated until the "
     "conclusion of the encounter.")),
    ("use_policy", False, _CODE_57.format("Unmanned aircraft shall not be stored in a patrol "
     "vehicle if the vehicle is left unattended.")),
    ("use_policy", False, _CODE_57.format("Camera equipment may not be kept in an officer's "
     "personal vehicle if the officer is off duty.")),
    ("use_policy", True, _CODE_57.format("Any recording made by an officer while on duty may not "
     "be retained by a private entity if the entity may refuse to release it.")),
    ("data_sharing_limits", False, _LAW_50.format("A department employee may not be disciplined "
     "or discharged for disclosing to the city council or the inspector general information "
     "about a violation of this chapter, except for information protected by law.")),
    ("data_sharing_limits", False, _LAW_50.format("An officer shall not release a person detained "
     "on the basis of license plate reader data until the officer has verified the hit, other "
     "than in an emergency.")),
    ("data_sharing_limits", True, _LAW_50.format("Recordings may be disclosed or used only for a "
     "law enforcement purpose.")),
    ("data_sharing_limits", True, _LAW_50.format("Recordings may be shared, used, or disclosed "
     "only for a law enforcement purpose.")),
    ("data_sharing_limits", True, _LAW_50.format("Plate reader data shall be disseminated solely "
     "for a law enforcement purpose.")),
    ("data_sharing_limits", True, _LAW_50.format("No city employee shall copy or distribute body "
     "camera recordings without a court order.")),
    ("data_sharing_limits", True, _LAW_50.format("No member of the department shall copy or "
     "distribute body camera recordings without a court order.")),
    ("data_sharing_limits", True, _LAW_50.format("No party shall further copy or distribute body "
     "camera recordings unless ordered by a court.")),
    ("data_sharing_limits", False, _LAW_50.format("Plate reader data can be searched or shared "
     "only for official purposes.")),
    ("council_approval", True, _CODE_57.format("Notwithstanding the provisions of chapter 412 of "
     "the acts of 2019, An Act relating to public safety, no city department shall acquire "
     "surveillance technology without the approval of the city council.")),
    ("use_policy", True, _LAW_50.format("As required by chapter 253 of the acts of 2020, An Act "
     "relating to justice, equity and accountability in law enforcement, a law enforcement "
     "agency shall not use facial recognition technology except pursuant to a warrant.")),
]


# Batch 58's misses answered: more of wiretap acts' limits (an extension's period, minimizing,
# recordings sealed by the judge), contempt and an officer's fine, a motion to exclude, evidence
# treated as unlawfully obtained, the attorney general's suit, access only by court order; a
# bill's purpose paragraph names no remedy.
CAUSES_58: list[tuple[str, bool, str]] = [
    ("use_policy", True, _LAW_50.format("Extensions of an interception order may be granted on a "
     "new application. The period of extension shall be no longer than the judge deems "
     "necessary and in no event longer than thirty (30) days.")),
    ("use_policy", True, _LAW_50.format("Each order shall require that the interception be "
     "conducted so as to minimize or eliminate the interception of communications not subject "
     "to the order.")),
    ("use_policy", True, _LAW_50.format("The sheriff shall employ minimization procedures in "
     "every investigation of First Amendment activity.")),
    ("use_policy", True, _LAW_50.format("Upon the expiration of the order, the recordings of "
     "intercepted communications shall be delivered to the issuing judge and sealed under the "
     "judge's direction.")),
    ("use_policy", False, _LAW_50.format("Applications for liquor licenses shall be delivered to "
     "the clerk and sealed until the hearing.")),
    ("enforcement", True, _LAW_50.format("Any violation of this subsection may be punished as "
     "contempt of the issuing court.")),
    ("enforcement", False, _LAW_50.format("A person who flies a drone over a stadium in violation "
     "of this section shall be fined not more than five hundred dollars.")),
    ("enforcement", True, _LAW_50.format("Any officer of the county who knowingly discloses plate "
     "reader data in violation of this section shall be fined not more than one thousand "
     "dollars.")),
    ("enforcement", True, _LAW_50.format("Any aggrieved person may move to exclude the contents "
     "of an intercepted communication obtained in violation of this chapter.")),
    ("enforcement", True, _LAW_50.format("If no application for an order is made within "
     "forty-eight hours, the contents of the intercepted communication shall be treated as "
     "having been obtained in violation of this act.")),
    ("enforcement", True, _LAW_50.format("The attorney general may initiate a civil action to "
     "enjoin any interception that violates this part.")),
    ("enforcement", False, _LAW_50.format("FOR the purpose of prohibiting certain persons from "
     "sharing certain data; providing for disciplinary action against an employee who "
     "violates this Act; and generally relating to data privacy.")),
    ("data_sharing_limits", True, _LAW_50.format("A complainant may obtain access to the recorded "
     "data only pursuant to a court order.")),
    ("data_sharing_limits", True, _LAW_50.format("A county agency may not use agency moneys, "
     "equipment or personnel for the purpose of detecting persons in order to enforce federal "
     "immigration laws.")),
    ("data_sharing_limits", True, _LAW_50.format("No city agency, or any agent thereof, may use "
     "any funds, property or personnel to assist any federal program requiring registration "
     "of individuals by religion.")),
    ("data_sharing_limits", False, _LAW_50.format("Provides that no city agency may use funds to "
     "assist any federal program requiring registration of individuals by religion.")),
    ("use_policy", True, _LAW_50.format("All information made available by a photo red light "
     "imaging system to a county employee shall be kept confidential and shall be used only "
     "for the purposes of this chapter.")),
    ("use_policy", True, _LAW_50.format("Extensions of an interception order may be granted. "
     "Theperiod of extension shall in no event be for longer than thirty (30) days.")),
    # (batch 59's answer: a warrant's condition on what may be obtained of electronic traces)
    ("use_policy", True, _LAW_50.format("A law enforcement agency may not obtain reverse-keyword "
     "information for electronic devices unless a court has issued a warrant for it.")),
    ("use_policy", False, _LAW_50.format("A law enforcement agency may not obtain the tax records "
     "of a business unless a court has issued a warrant for them.")),
]


# A second cold review, of the readings written for batches 57 and 58: the police getting
# access on a warrant, a place's own agencies barred from obtaining data, a contract to share,
# a fine on whoever assaults an officer, a council asked to exclude a technology, a witness's
# contempt, a cable franchise's sealed envelopes and a dispatcher's overtime are no provisions;
# plain variants of the wiretap acts' wordings are.
CAUSES_REVIEW_58: list[tuple[str, bool, str]] = [
    ("data_sharing_limits", False, _LAW_50.format("The police department may obtain access to a "
     "subscriber's cell site location records held by a wireless carrier only pursuant to a "
     "search warrant.")),
    ("data_sharing_limits", False, _LAW_50.format("An officer may gain access to footage from a "
     "privately owned doorbell camera only with the consent of the owner.")),
    ("data_sharing_limits", True, _LAW_50.format("No federal agency or other third party may "
     "obtain, access, or use data collected by the license plate reader system.")),
    ("data_sharing_limits", True, _LAW_50.format("No federal immigration agency may obtain or "
     "access data collected by the license plate reader system without a judicial warrant.")),
    ("data_sharing_limits", True, _LAW_50.format("No city agency shall enter into a contract with "
     "any vendor to use, share, or sell license plate reader data collected by the city.")),
    ("data_sharing_limits", False, _LAW_50.format("Except as provided in Section 3, no city "
     "agency or official may obtain, retain, access, or use any face surveillance system or "
     "any information obtained from a face surveillance system.")),
    ("data_sharing_limits", True, _LAW_50.format("A complainant may obtain access to the recorded "
     "data only pursuant to a court order.")),
    ("enforcement", False, _LAW_50.format("Any person who assaults a police officer while the "
     "officer is operating a body-worn camera shall be fined not more than five hundred "
     "dollars.")),
    ("enforcement", False, _LAW_50.format("An employer who requires an employee to provide a "
     "fingerprint as a condition of employment shall be fined not more than one thousand "
     "dollars.")),
    ("enforcement", True, _LAW_50.format("Any officer of the county who knowingly discloses plate "
     "reader data in violation of this section shall, upon conviction, be fined not more than "
     "one thousand dollars.")),
    ("enforcement", False, _CODE_57.format("A department may request the City Council to exclude "
     "a technology from the definition of surveillance technology by resolution.")),
    ("enforcement", False, _CODE_57.format("Any member of the Board may move to exclude the "
     "public from a meeting held to discuss security arrangements.")),
    ("enforcement", True, _LAW_50.format("Any aggrieved person may file a motion to suppress the "
     "contents of an intercepted communication obtained in violation of this chapter.")),
    ("enforcement", False, _LAW_50.format("Data lawfully collected before the effective date of "
     "this act shall not be treated as having been obtained in violation of this act.")),
    ("enforcement", True, _LAW_50.format("Any evidence derived from the interception shall be "
     "deemed to have been obtained in violation of this act.")),
    ("enforcement", False, _LAW_50.format("Any witness who fails to obey a subpoena issued by the "
     "Surveillance Advisory Board shall be punished as contempt of court.")),
    ("enforcement", True, _LAW_50.format("Any violation of the provisions of this section is "
     "punishable as contempt of the issuing court.")),
    ("enforcement", True, _CODE_57.format("An act or omission in violation of this chapter by a "
     "city employee shall be cause for disciplinary action.")),
    ("enforcement", True, _LAW_50.format("ANY OFFICER OR EMPLOYEE OF A LAW ENFORCEMENT AGENCY WHO "
     "KNOWINGLY VIOLATES THIS SECTION IS GUILTY OF A MISDEMEANOR.")),
    ("enforcement", False, _LAW_50.format("REMEDIES THAT MAY BE SOUGHT; CIVIL PENALTY.")),
    ("enforcement", True, _LAW_50.format("The Attorney General may initiate an action in the "
     "circuit court of the county where the violation occurred to enforce this section.")),
    ("use_policy", False, _CODE_57.format("Applications for a franchise shall be submitted to the "
     "City Clerk in sealed envelopes.")),
    ("use_policy", False, _CODE_57.format("The audio recording of a closed session of the Council "
     "shall be sealed by the City Clerk and kept for two years.")),
    ("use_policy", False, _CODE_57.format("Custody of the recordings of council meetings shall be "
     "with the City Clerk.")),
    ("use_policy", False, _CODE_57.format("The period of the extension of a wireless "
     "communications facility permit shall be no longer than ninety days.")),
    ("use_policy", False, _CODE_57.format("The Director shall not authorize the use of overtime "
     "by emergency communications dispatchers for more than sixteen hours in a shift.")),
    ("use_policy", False, _CODE_57.format("Personnel records of emergency communications "
     "dispatchers shall not be destroyed except upon an order of the circuit court.")),
    ("use_policy", False, _LAW_50.format("An employer that monitors the electronic communications "
     "of its employees shall employ minimization procedures.")),
    ("use_policy", True, _LAW_50.format("Interception of communications. The period of any "
     "extension of an interception order shall in no event be longer than thirty days.")),
    ("use_policy", True, _LAW_50.format("Interception of communications. The period of any "
     "extension of an interception order shall not exceed thirty days.")),
    ("use_policy", True, _LAW_50.format("Upon the expiration of an interception order the issuing "
     "judge shall seal the recordings.")),
    ("use_policy", True, _LAW_50.format("Upon the expiration of an interception order the "
     "recordings shall be placed under seal.")),
    ("use_policy", True, _LAW_50.format("Each order shall require the agency to minimize "
     "interception of communications not subject to the order.")),
    ("use_policy", True, _LAW_50.format("The department shall maintain custody of the recordings "
     "of intercepted communications as the judge directs.")),
]


# Batch 60's answers: the local legislature's own act as the condition of a camera's use, and
# South Dakota's glossary lead-in (with what is neither).
CAUSES_60 = [
    ("council_approval", True, _LAW_50.format("A city of the first class, upon passage of an "
     "ordinance, is authorized to enforce speed limits by recording violations using an "
     "automated speed enforcement system.")),
    ("council_approval", True, _LAW_50.format("The department may use automated license plate "
     "readers after the adoption of a resolution by the city council.")),
    ("council_approval", False, _LAW_50.format("A city, upon passage of an ordinance, is "
     "authorized to levy a sales tax.")),
    ("council_approval", False, _LAW_50.format("A person may operate a drone after the adoption "
     "of a resolution by the parks board.")),
    ("definitions", True, "AN ACT relating to cameras.\n\nBE IT ENACTED BY THE LEGISLATURE:\n\n"
     "Section 1. Terms used in this Act mean:\n\n(1) \"Speed camera,\" an automated camera "
     "that records the speed of vehicles;\n\n(2) \"Civil fine,\" a penalty imposed without a "
     "trial."),
    ("definitions", False, _LAW_50.format("Terms used in this chapter mean what they mean in "
     "chapter 32-14.")),
]

# Readings written from batch 60's misses after its measurement: a term defined by what it
# leaves out, a governing body's resolution a state application must carry, a breach made a
# public offense, and an agency's sanctions for violating the rules on its use.
CAUSES_AFTER_60 = [
    ("definitions", True, _LAW_50.format("\"Criminal intelligence information\" does not "
     "include:\n\na. Arrestee descriptions;\n\nb. Facts concerning the arrest.")),
    ("definitions", True, _LAW_50.format("(d) For the purposes of this section, the term "
     "\"District-owned camera\" shall not include a body-worn camera.")),
    ("definitions", False, "Digest. Amends the Act. Provides that \"information\" does not "
     "include data gathered over public property."),
    ("council_approval", True, _LAW_50.format("An application by a county shall be accompanied "
     "by a certified copy of a resolution of the board of county commissioners approving the use "
     "of automated license plate readers.")),
    ("council_approval", False, _LAW_50.format("A person applying for a permit to fly a drone "
     "shall include a resolution of the city council approving the event.")),
    ("council_approval", False, _LAW_50.format("The application included a resolution of the "
     "city council approving the use of license plate readers.")),
    ("enforcement", True, _LAW_50.format("No surveillance data shall be kept by any peace "
     "officer. Violation of the provisions of this section shall be a public offense punishable "
     "under section 692.7.")),
    ("enforcement", True, _LAW_50.format("Criminal justice agencies are subject to "
     "administrative sanctions for violating laws governing operation of the CJIS network.")),
    ("enforcement", True, _LAW_50.format("Officers are subject to disciplinary action for "
     "misuse of the camera footage.")),
    ("enforcement", False, _LAW_50.format("Students are subject to disciplinary action for "
     "violating the code of conduct.")),
    ("use_policy", True, _LAW_50.format("No surveillance data shall be placed in files or "
     "automated data storage systems by the department or by any peace officer.")),
    ("use_policy", False, _LAW_50.format("No records shall be kept by the clerk of the court.")),
    ("use_policy", False, _LAW_50.format("No personal data shall be collected by any vendor of "
     "the department.")),
    ("findings", True, _LAW_50.format("The courts having concluded that citizens expect their "
     "vehicles will not be tracked, the legislature adopts this law to specifically authorize "
     "law enforcement's use of tracking equipment.")),
    ("findings", False, _LAW_50.format("If the council adopts this ordinance to regulate drones, "
     "the chief shall report.")),
    ("data_sharing_limits", True, _LAW_50.format("The Authority shall maintain the "
     "confidentiality of all toll information, including photographs or other recorded images.")),
    ("data_sharing_limits", True, _LAW_50.format("The department shall keep confidential all "
     "images captured by an automated license plate reader.")),
    ("data_sharing_limits", False, _LAW_50.format("The clerk shall keep the minutes of the board "
     "confidential.")),
]

# Readings written from batch 61's misses after its measurement: a present-tense limit on
# dissemination, access to a database limited to named users, a Florida bill's caption under its
# line number, and a court's rule whose "The use of BWC is permitted" describes no board.
CAUSES_AFTER_61 = [
    ("data_sharing_limits", True, _LAW_50.format("Criminal intelligence information is "
     "disseminated only to personnel of criminal justice agencies.")),
    ("data_sharing_limits", False, _LAW_50.format("The newsletter is disseminated only to members "
     "of the association.")),
    ("data_sharing_limits", True, _LAW_50.format("Access to the gang database shall be limited to "
     "employees of a law enforcement agency.")),
    ("use_policy", True, "RULE 46:\nBody Worn Cameras\nA. Intent\nThis rule establishes "
     "guidelines for the use of body-worn cameras in the courthouse.\nC. Use of Recording "
     "Devices\na) The use of BWC is permitted in non-secured areas of the Courthouse.\nb) The "
     "use of BWC is not permitted inside courtrooms.\nc) Officers shall not record in secured "
     "areas with a body-worn camera."),
    ("use_policy", True, _LAW_50.format("An officer shall not activate a body-worn camera inside "
     "a courtroom.")),
    ("use_policy", False, _LAW_50.format("A security guard shall not use a body camera inside a "
     "restroom.")),
    ("use_policy", False, _LAW_50.format("Members of the public shall not record inside the "
     "courtroom.")),
]

# A cold review of this session's readings (seventeenth session) found them too loose: private
# crimes and a business's or library's sanctions read as remedies, a counselor's or an ethics
# commission's confidentiality and a health registry's access as sharing limits, a fire engine's
# approval as the approval of surveillance technology, rules of construction as findings.
CAUSES_REVIEW_61 = [
    ("enforcement", False, _LAW_50.format("No person shall operate a drone over a state "
     "correctional facility. Violation of subsection (2) shall be a felony of the third "
     "degree.")),
    ("enforcement", False, _LAW_50.format("The licensee and its employees are subject to "
     "sanctions for violating the surveillance requirements of this chapter.")),
    ("enforcement", False, _LAW_50.format("Library users and staff are subject to sanctions for "
     "misuse of library computers.")),
    ("enforcement", True, _LAW_50.format("Employees who query ALPR data for a personal reason "
     "are subject to disciplinary action for misuse of the system.")),
    ("data_sharing_limits", False, _LAW_50.format("A licensed mental health counselor shall "
     "maintain the confidentiality of all communications, including audio or video recordings "
     "of therapy sessions.")),
    ("data_sharing_limits", False, _LAW_50.format("The Commission shall keep confidential all "
     "complaints and all data gathered during a preliminary investigation.")),
    ("data_sharing_limits", False, _LAW_50.format("Access to the immunization database shall be "
     "limited to health care providers, school nurses and local health agencies.")),
    ("council_approval", False, _LAW_50.format("An application shall include a copy of the "
     "ordinance of the city council authorizing the purchase of the apparatus, and a description "
     "of any radio or thermal imaging camera to be mounted on it.")),
    ("council_approval", True, _LAW_50.format("Applications submitted by a county shall be "
     "accompanied by a certified copy of a resolution of the governing body approving the "
     "installation and use of red light cameras at the intersections named.")),
    ("findings", False, _LAW_50.format("The council intends this article to be construed "
     "liberally and to supplement the state public records act.")),
    ("findings", False, _LAW_50.format("The board intends this chapter to apply only to "
     "surveillance technology acquired after its effective date.")),
]
# ... and a second review found the mends too loose in other words, or too tight.
CAUSES_REVIEW_61B = [
    ("enforcement", True, "Sec. 2-176. Use of the automated license plate reader system; "
     "misuse.\n\n(a) The police department may use the system only to investigate a crime.\n\n"
     "(b) A sworn member of the department who queries the system for a personal purpose is "
     "subject to sanctions for misuse of the system, up to and including termination."),
    ("enforcement", False, _LAW_50.format("District employees are subject to disciplinary action "
     "for misuse of district technology resources, including sending harassing email.")),
    ("enforcement", False, _LAW_50.format("It is unlawful to use a drone to deliver contraband to "
     "a prison. The department shall report each violation to the prosecutor. Violation of this "
     "section is a felony of the third degree.")),
    ("council_approval", True, _LAW_50.format("An application shall be accompanied by a "
     "certified copy of a resolution of the board of county commissioners authorizing the sheriff "
     "to operate automated license plate readers.")),
    ("council_approval", False, _LAW_50.format("Each application shall include a copy of a "
     "resolution of the governing body approving the purchase of thermal imaging cameras for the "
     "fire department.")),
    ("data_sharing_limits", True, _LAW_50.format("Personnel assigned to the real time crime "
     "center shall maintain the confidentiality of all video viewed in the center.")),
    ("data_sharing_limits", False, _LAW_50.format("Access to information in the immunization "
     "information system shall be limited to health care providers and local health agencies.")),
    ("data_sharing_limits", False, _LAW_50.format("The Department shall maintain the "
     "confidentiality of all information collected through the communicable disease surveillance "
     "system.")),
    ("findings", False, _LAW_50.format("The Legislature intends this act to take effect on "
     "January 1, 2026, and to govern only contracts entered into after that date.")),
    ("findings", False, _LAW_50.format("The council intends this chapter to prevail over any "
     "conflicting provision of the code.")),
    ("findings", True, _LAW_50.format("The General Assembly intends this act to protect the "
     "privacy of the people of this State.")),
]

# Batch 62's misses, answered by general readings after its measurement.
CAUSES_AFTER_62 = [
    ("data_sharing_limits", True, _LAW_50.format("The confidential records may not be disclosed "
     "except to persons acting within the scope of their duties in the administration of the "
     "library or library system or persons authorized by the library patron to inspect his "
     "records, or in accordance with proper judicial order.")),
    ("data_sharing_limits", True, _LAW_50.format("The confidential records may not be disclosed "
     "except to persons acting within the scope of their duties in the administration of the "
     "library or library system.")),
    # (a person released, not records: the cold review's probe)
    ("data_sharing_limits", False, _LAW_50.format("An inmate shall not be released from the "
     "jail to another county unless the records check shows that the inmate has no outstanding "
     "warrant.")),
    ("annual_report", True, _LAW_50.format("By January 31 of each calendar year, each law "
     "enforcement agency that collected any location information from electronic devices in the "
     "previous calendar year shall issue a report identifying the number of warrants issued for "
     "location information.")),
    ("annual_report", False, _LAW_50.format("Each year the court shall record the number of "
     "warrants issued for location information.")),
    ("annual_report", False, _LAW_50.format("Each year the school shall issue a report card to "
     "the parent of every student.")),
    ("annual_report", False, _LAW_50.format("Each year the inspector shall issue a report of "
     "violations to the owner of every camera system.")),
    ("annual_report", True, _LAW_50.format("The department shall publish online, at least once "
     "per month, information on every use of the drone.")),
    ("annual_report", False, _LAW_50.format("The committee shall meet at least once per quarter "
     "to review information on the drone program's budget.")),
    ("use_policy", True, _LAW_50.format("Visits may be visually observed, but conversations "
     "between offenders and counsel shall not, under any circumstance, be monitored.")),
    ("use_policy", True, _LAW_50.format("Telephone calls between an inmate and the inmate's "
     "attorney shall not be monitored or recorded.")),
    ("use_policy", False, _LAW_50.format("A person may not record a conversation without the "
     "consent of every party to it.")),
    ("use_policy", False, _LAW_50.format("Communications in child custody mediation shall not be "
     "recorded.")),
    ("use_policy", False, _LAW_50.format("Clergy visits to inmates shall not be recorded in the "
     "visitor log.")),
    ("use_policy", False, _LAW_50.format("Calls to the city's customer service line shall not be "
     "recorded.")),
    # batch 63: a state board's approval is no council's (but a city council named with it, or
    # one whose city's name opens "State" or "Federal", still is)
    ("council_approval", False, _LAW_50.format("The department shall not use drones unless such "
     "use is approved by the state aviation board.")),
    ("council_approval", False, _LAW_50.format("The department shall not use drones without the "
     "approval of the state aviation board.")),
    ("council_approval", True, _LAW_50.format("The department shall not use drones without the "
     "approval of the state department of transportation and the city council.")),
    ("council_approval", True, _LAW_50.format("The department shall not use drones without the "
     "approval of the State College Borough Council.")),
    # access to surveillance data kept to trained or authorized personnel (batch 62's Iowa rule)
    ("use_policy", True, _LAW_50.format("All persons accessing NCIC and the criminal history "
     "files shall have been authorized to operate the terminal by the criminal justice agency "
     "administrator.")),
    ("use_policy", True, _LAW_50.format("All employees with access to the body camera recordings "
     "must be trained in the department's policy.")),
    ("use_policy", False, _LAW_50.format("All persons accessing the city's parks reservation "
     "system shall be registered users.")),
    ("use_policy", False, _LAW_50.format("Only licensed employees of the casino may access the "
     "surveillance room.")),
    # a drafting office's analysis printed with the bill: what the bill does, reported
    ("use_policy", False, _LAW_50.format("Under this bill, no local governmental unit may use a "
     "drone except to locate a missing person.")),
    ("use_policy", True, _LAW_50.format("No local governmental unit may use a drone except to "
     "locate a missing person.")),
]


def test_an_enacting_clause_set_as_a_numbered_heading_is_the_enacting_clause() -> None:
    """Maryland prints "SECTION 1. BE IT ENACTED BY THE GENERAL ASSEMBLY OF MARYLAND," on a line
    of its own above the rest of its clause: it reads as a numbered heading, but its words are the
    enacting clause, not the section's title."""
    text = (
        "A BILL ENTITLED\n"
        "\n"
        "1 AN ACT concerning\n"
        "\n"
        "2 Public Safety – Immigration Enforcement Agreements – Prohibition\n"
        "\n"
        "3 FOR the purpose of prohibiting the State, a unit of local government, a county "
        "sheriff, or\n"
        "4 any agency, officer, employee, or agent of the State or a unit of local government "
        "from\n"
        "5 entering into a certain immigration enforcement agreement.\n"
        "\n"
        "6 SECTION 1. BE IT ENACTED BY THE GENERAL ASSEMBLY OF MARYLAND,\n"
        "7 That the Laws of Maryland read as follows:\n"
        "\n"
        "8 5–104.1.\n"
        "\n"
        "1 (A) A UNIT OF LOCAL GOVERNMENT MAY NOT ENTER INTO AN\n"
        "2 IMMIGRATION ENFORCEMENT AGREEMENT WITH THE FEDERAL GOVERNMENT."
    )
    clause = check_text(text, "<bill>").verdict("enacting_clause")
    assert clause.status is Status.PRESENT
    assert clause.quote.startswith("BE IT ENACTED BY THE GENERAL ASSEMBLY"), clause.quote


def test_a_florida_caption_under_its_line_number_is_the_title() -> None:
    """Florida prints a bill's caption under its line number ("1 An act relating to ..."): the
    caption is the title quoted, not a section the learned model took for one."""
    text = (
        "ENROLLED HB 601 2024 Legislature\n\n1 An act relating to law enforcement and "
        "correctional 2 officers; creating s. 30.61, F.S.; providing an effective date.\n\n"
        "Be It Enacted by the Legislature of the State of Florida:\n\nSection 1. Section 30.61 "
        "is created."
    )
    title = check_text(text, "<bill>").verdict("title")
    assert title.status is Status.PRESENT
    assert title.quote.startswith("1 An act relating to law enforcement"), title.quote
    # (a committee's meeting notice lists bills by the same words, with no enacting clause)
    notice = (
        "House Judiciary Committee - Meeting Notice\nBills to be considered:\n1 An act relating "
        "to public records; exempting images captured by drones from disclosure.\n2 An act "
        "relating to law enforcement; requiring body cameras for all sworn officers."
    )
    assert check_text(notice, "<notice>").verdict("title").status is Status.MISSING

_FOUND_OR_NOT = {
    "section": SECTIONS, "batch-11": CAUSES, "batch-12-gate": GATE_CAUSES,
    "batch-12": CAUSES_12, "batch-13": CAUSES_13, "batch-14": CAUSES_14, "before-17": CAUSES_17,
    "batch-17": CAUSES_17_BATCH, "batch-17-form": CAUSES_17_FORM, "batch-18": CAUSES_18,
    "batch-19": CAUSES_19, "batch-20": CAUSES_20, "batch-21": CAUSES_21,
    "batch-22": CAUSES_22, "batch-23": CAUSES_23, "before-24": CAUSES_BEFORE_24,
    "batch-24": CAUSES_24, "batch-25": CAUSES_25, "before-27": CAUSES_BEFORE_27,
    "batch-27": CAUSES_27, "batch-28": CAUSES_28, "batch-29": CAUSES_29,
    "before-30": CAUSES_BEFORE_30, "batch-30": CAUSES_30, "batch-31": CAUSES_31,
    "batch-32": CAUSES_32, "batch-33": CAUSES_33, "batch-35": CAUSES_35,
    "batch-36": CAUSES_36, "before-38": CAUSES_BEFORE_38, "batch-38": CAUSES_38,
    "before-39": CAUSES_BEFORE_39, "batch-40": CAUSES_40,
    "after-40": CAUSES_AFTER_40, "before-41": CAUSES_BEFORE_41, "batch-41": CAUSES_41,
    "batch-42": CAUSES_42, "after-42": CAUSES_AFTER_42, "batch-43": CAUSES_43,
    "before-44": CAUSES_BEFORE_44, "batch-44": CAUSES_44,
    "batch-45": CAUSES_45, "after-44": CAUSES_AFTER_44, "batch-46": CAUSES_46,
    "before-47": CAUSES_BEFORE_47, "batch-47": CAUSES_47, "after-47": CAUSES_REVIEW_47,
    "batch-48": CAUSES_48, "before-49": CAUSES_BEFORE_49, "batch-49": CAUSES_49,
    "after-49": CAUSES_REVIEW_49, "batch-50": CAUSES_50, "before-51": CAUSES_BEFORE_51,
    "batch-51": CAUSES_51, "before-52": CAUSES_BEFORE_52,
    "after-51": CAUSES_REVIEW_51, "batch-52": CAUSES_52,
    "after-52": CAUSES_REVIEW_52, "batch-53": CAUSES_53, "before-54": CAUSES_BEFORE_54,
    "batch-54": CAUSES_54, "after-54": CAUSES_REVIEW_54,
    "batch-55": CAUSES_55, "after-55": CAUSES_REVIEW_55,
    "batch-56": CAUSES_56, "before-57": CAUSES_BEFORE_57, "batch-57": CAUSES_57,
    "after-57": CAUSES_REVIEW_57, "batch-58": CAUSES_58, "after-58": CAUSES_REVIEW_58,
    "batch-60": CAUSES_60, "after-60": CAUSES_AFTER_60,
    "after-61": CAUSES_AFTER_61, "review-61": CAUSES_REVIEW_61,
    "review-61b": CAUSES_REVIEW_61B, "after-62": CAUSES_AFTER_62,
}  # fmt: skip


@pytest.mark.parametrize(
    ("element", "found", "text"),
    [
        pytest.param(*case, id=f"{group}-{case[0]}-{number}")
        for group, cases in _FOUND_OR_NOT.items()
        for number, case in enumerate(cases)
    ],
)
def test_an_element_is_found_exactly_where_it_stands(element: str, found: bool, text: str) -> None:
    status = check_text(text, "<section>").verdict(element).status
    assert (status is not Status.MISSING) is found, status


# Documents about an ordinance (staff reports, news, agendas, minutes, coversheets, police
# manuals, FAQs, bill analyses) that restate what it requires: none of them enacts anything.
_ENACT_NOTHING = {
    "about": (DOCUMENTS, ["staff-report", "news", "agenda", "minutes", "policy"]),
    "batch-11": (CAUSE_DOCUMENTS, ["news", "agenda-record", "staff-report", "minutes", "policy"]),
    "batch-12-gate": (
        GATE_DOCUMENTS,
        ["news", "staff-report", "agenda", "policy", "bill-analysis", "faq", "news-definition",
         "web-page", "news-under-the-ordinance", "news-reads", "news-states", "news-provides",
         "numbered-policy"],
    ),
    "batch-12": (CAUSE_12_DOCUMENTS, ["news", "staff-report", "agenda", "policy"]),
    "batch-13": (CAUSE_13_DOCUMENTS, ["news", "coversheet", "staff-report", "agenda"]),
    "batch-14": (CAUSE_14_DOCUMENTS, ["news", "police-manual", "initiative-news"]),
    "before-17": (CAUSE_17_DOCUMENTS, ["news-states", "news-ban", "news-verdict"]),
    "batch-17": (CAUSE_17_BATCH_DOCUMENTS, ["bill-page", "legistar-item"]),
    "batch-35": (CAUSE_35_DOCUMENTS, ["hearing-notice", "policy-news"]),
    "batch-36": (CAUSE_36_DOCUMENTS, ["campus-news"]),
}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(text, id=f"{group}-{name}")
        for group, (texts, names) in _ENACT_NOTHING.items()
        for text, name in zip(texts, names, strict=True)
    ],
)
def test_documents_about_an_ordinance_enact_nothing(text: str) -> None:
    card = check_text(text, "<document>")
    assert [v.id for v in card.verdicts if v.status is not Status.MISSING] == []


def test_a_boards_own_access_rule_is_its_policy_not_a_partial_sign_of_one() -> None:
    # In a board's own policy, who may see the recordings is a rule of the policy itself: the
    # board's reading comes before the element's weak readings, which would make it partial.
    text = (
        "Security Cameras\nAdopted by the Library Board of Trustees, May 12, 2025\n"
        "Purpose\nThe Library maintains security cameras for the purpose of protecting patrons, "
        "staff and property.\nCamera Location\nCameras are installed at the public entrances and "
        "shall not be positioned in restrooms.\nViewing\nAccess to camera recordings is limited "
        "to the Library Director and staff designated by the Director.\nRetention\nRecordings "
        "are kept for thirty (30) days.\n"
    )
    assert check_text(text, "<policy>").verdict("use_policy").status is Status.PRESENT
