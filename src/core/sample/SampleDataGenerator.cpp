#include "SampleDataGenerator.h"

#include "reports/CsvWriter.h"
#include "reports/XlsxWorkbookWriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>
#include <algorithm>
#include <array>
#include <cmath>

Q_LOGGING_CATEGORY(lcSample, "badgedesk.sample", QtInfoMsg)

namespace badgedesk {
namespace {

// ---------------------------------------------------------------------------------------------
// Randomness. Each part draws from its own stream so that, for instance, the approved list is
// the same for every month and a month can regenerate its predecessor for cross-month repeats.
enum Stream : quint32
{
    CatalogStream = 1,
    ListStream = 2,
    PoolStream = 3,
    MonthStream = 4,
    CrossMonthStream = 5,
};

QRandomGenerator makeRng(quint32 seed, Stream stream, quint32 key = 0)
{
    const std::array<quint32, 4> sequence{seed, 0x42444753u, quint32(stream), key};
    return QRandomGenerator(sequence.data(), qsizetype(sequence.size()));
}

bool chance(QRandomGenerator& rng, double probability)
{
    return rng.generateDouble() < probability;
}

int below(QRandomGenerator& rng, int count)
{
    return count <= 1 ? 0 : rng.bounded(count);
}

int between(QRandomGenerator& rng, int low, int highInclusive)
{
    return low + below(rng, highInclusive - low + 1);
}

template <typename T> const T& pickOne(QRandomGenerator& rng, const QList<T>& list)
{
    return list.at(below(rng, int(list.size())));
}

template <typename T> void shuffle(QRandomGenerator& rng, QList<T>& list)
{
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, below(rng, int(i + 1)));
}

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

// ---------------------------------------------------------------------------------------------
// Reference data: program areas, the 16 national career clusters, occupations and vendors.
enum Area
{
    AgEd,
    Bmit,
    Fcs,
    Health,
    Trade,
    Stem,
    AreaCount
};

const char* const kAreaNames[AreaCount] = {
    "Agricultural Education", "Business, Marketing & IT", "Family & Consumer Sciences",
    "Health Careers",         "Trade & Industrial",       "STEM",
};

enum Cluster
{
    CAg,
    CArch,
    CArts,
    CBiz,
    CEdu,
    CFin,
    CGov,
    CHealth,
    CHosp,
    CHuman,
    CIt,
    CLaw,
    CMfg,
    CMkt,
    CStem,
    CTrans,
    ClusterCount
};

const char* const kClusterNames[ClusterCount] = {
    "Agriculture, Food & Natural Resources",
    "Architecture & Construction",
    "Arts, A/V Technology & Communications",
    "Business Management & Administration",
    "Education & Training",
    "Finance",
    "Government & Public Administration",
    "Health Science",
    "Hospitality & Tourism",
    "Human Services",
    "Information Technology",
    "Law, Public Safety, Corrections & Security",
    "Manufacturing",
    "Marketing",
    "Science, Technology, Engineering & Mathematics",
    "Transportation, Distribution & Logistics",
};

struct OccupationDef
{
    const char* name;
    Area area;
    Cluster cluster;
    const char* cip;
};

const OccupationDef kOccupations[] = {
    {"Agricultural Power", AgEd, CAg, "01.0205"},
    {"Animal Science", AgEd, CAg, "01.0901"},
    {"Horticulture", AgEd, CAg, "01.0601"},
    {"Agricultural Mechanics", AgEd, CAg, "01.0201"},
    {"Veterinary Assistant", AgEd, CAg, "51.0808"},
    {"Natural Resources", AgEd, CAg, "03.0101"},
    {"Agribusiness", AgEd, CAg, "01.0102"},
    {"Food Science", AgEd, CAg, "01.1001"},
    {"Computer Repair", Bmit, CIt, "11.1006"},
    {"Network Technician", Bmit, CIt, "11.0901"},
    {"Cybersecurity", Bmit, CIt, "11.1003"},
    {"Business Information Technology", Bmit, CBiz, "52.0407"},
    {"Accounting", Bmit, CFin, "52.0302"},
    {"Marketing", Bmit, CMkt, "52.1401"},
    {"Entrepreneurship", Bmit, CBiz, "52.0701"},
    {"Web Design", Bmit, CIt, "11.0801"},
    {"Graphic Design", Bmit, CArts, "50.0409"},
    {"Digital Media", Bmit, CArts, "09.0702"},
    {"Computer Programming", Bmit, CIt, "11.0201"},
    {"Administrative Assistant", Bmit, CBiz, "52.0401"},
    {"Banking and Finance", Bmit, CFin, "52.0803"},
    {"Culinary Arts", Fcs, CHosp, "12.0500"},
    {"Early Care and Education", Fcs, CEdu, "19.0709"},
    {"Cosmetology", Fcs, CHuman, "12.0401"},
    {"Barbering", Fcs, CHuman, "12.0402"},
    {"Nutrition and Wellness", Fcs, CHuman, "19.0501"},
    {"Hospitality Management", Fcs, CHosp, "52.0901"},
    {"Interior Design", Fcs, CArts, "50.0408"},
    {"Nurse Aide", Health, CHealth, "51.3902"},
    {"Medical Assistant", Health, CHealth, "51.0801"},
    {"Pharmacy Technician", Health, CHealth, "51.0805"},
    {"Emergency Medical Technician", Health, CHealth, "51.0904"},
    {"Dental Assistant", Health, CHealth, "51.0601"},
    {"Patient Care Technician", Health, CHealth, "51.2601"},
    {"Phlebotomy", Health, CHealth, "51.1009"},
    {"Medical Office Specialist", Health, CHealth, "51.0710"},
    {"Health Careers", Health, CHealth, "51.0000"},
    {"Sports Medicine", Health, CHealth, "51.0913"},
    {"Welding", Trade, CMfg, "48.0508"},
    {"Automotive Service", Trade, CTrans, "47.0604"},
    {"Collision Repair", Trade, CTrans, "47.0603"},
    {"Diesel Technology", Trade, CTrans, "47.0605"},
    {"Carpentry", Trade, CArch, "46.0201"},
    {"Electrical", Trade, CArch, "46.0302"},
    {"HVAC", Trade, CArch, "47.0201"},
    {"Plumbing", Trade, CArch, "46.0503"},
    {"Masonry", Trade, CArch, "46.0101"},
    {"Construction Trades", Trade, CArch, "46.0000"},
    {"Precision Machining", Trade, CMfg, "48.0501"},
    {"Industrial Maintenance", Trade, CMfg, "47.0303"},
    {"Criminal Justice", Trade, CLaw, "43.0107"},
    {"Firefighting", Trade, CLaw, "43.0203"},
    {"Aviation Maintenance", Trade, CTrans, "47.0607"},
    {"Commercial Truck Driving", Trade, CTrans, "49.0205"},
    {"Pre-Engineering", Stem, CStem, "14.0101"},
    {"Drafting and Design", Stem, CArch, "15.1301"},
    {"Biomedical Sciences", Stem, CStem, "26.0102"},
    {"Robotics", Stem, CStem, "15.0405"},
    {"Biotechnology", Stem, CStem, "41.0101"},
};
constexpr int kOccupationCount = int(sizeof(kOccupations) / sizeof(kOccupations[0]));

// Converted once: render() needs them for every row.
const QStringList& occupationNames()
{
    static const QStringList names = [] {
        QStringList list;
        for (const OccupationDef& def : kOccupations)
            list.append(QString::fromUtf8(def.name));
        return list;
    }();
    return names;
}

int occupationIndex(const char* name)
{
    for (int i = 0; i < kOccupationCount; ++i) {
        if (qstrcmp(kOccupations[i].name, name) == 0)
            return i;
    }
    Q_ASSERT_X(false, "occupationIndex", name);
    return 0;
}

enum VendorId
{
    Cttc,
    CompTia,
    Certiport,
    Nccer,
    Nha,
    Nims,
    Aws,
    Ase,
    ServSafe,
    CareerSafe,
    Esco,
    Aha,
    Nremt,
    Osdh,
    Cosmo,
    Odaff,
    Cdac,
    Acf,
    Precision,
    Nocti,
    VendorCount
};

struct VendorDef
{
    const char* name;
    const char* body;
    const char* codePrefix;
    bool issuesBadges;
    const char* credentialType;
    const char* endorsement;
};

const VendorDef kVendors[VendorCount] = {
    {"CareerTech Testing Center", "Oklahoma CareerTech", "", false, "Certification",
     "CTTC end-of-instruction"},
    {"CompTIA", "CompTIA", "CMP", true, "Certification", "Industry-endorsed"},
    {"Certiport", "Certiport", "CRT", true, "Certification", "Industry-endorsed"},
    {"NCCER", "NCCER", "NCR", true, "Certification", "Industry-endorsed"},
    {"NHA", "National Healthcareer Association", "NHA", true, "Certification", "Industry-endorsed"},
    {"NIMS", "National Institute for Metalworking Skills", "NIM", true, "Certification", "Industry-endorsed"},
    {"AWS", "American Welding Society", "AWS", false, "Certification", "Industry-endorsed"},
    {"ASE Education Foundation", "National Institute for Automotive Service Excellence", "ASE", false,
     "Certification", "Industry-endorsed"},
    {"ServSafe", "National Restaurant Association", "SRV", false, "Certification", "Industry-endorsed"},
    {"CareerSafe", "OSHA Outreach Training Program", "OSH", false, "Micro-credential", "Industry-aligned"},
    {"ESCO Institute", "ESCO Group", "EPA", false, "Certification", "Industry-endorsed"},
    {"American Heart Association", "American Heart Association", "AHA", false, "Certification",
     "Industry-aligned"},
    {"NREMT", "National Registry of Emergency Medical Technicians", "NRE", false, "Certification",
     "Industry-endorsed"},
    {"Pearson VUE", "Oklahoma State Department of Health", "OSD", false, "License", "Industry-endorsed"},
    {"PSI", "Oklahoma State Board of Cosmetology and Barbering", "OSB", false, "License",
     "Industry-endorsed"},
    {"Oklahoma Dept. of Agriculture", "Oklahoma Department of Agriculture, Food and Forestry", "ODA", false,
     "License", "Industry-endorsed"},
    {"Council for Professional Recognition", "Council for Professional Recognition", "CDA", false,
     "Certification", "Industry-endorsed"},
    {"American Culinary Federation", "American Culinary Federation", "ACF", false, "Certification",
     "Industry-endorsed"},
    {"Precision Exams", "Precision Exams", "PEX", false, "Micro-credential", "Industry-aligned"},
    {"NOCTI", "NOCTI", "NOC", true, "Certification", "Industry-aligned"},
};

struct CuratedDef
{
    VendorId vendor;
    const char* title;
    const char* occupation;
};

const CuratedDef kCurated[] = {
    {CompTia, "CompTIA IT Fundamentals+ (ITF+)", "Computer Repair"},
    {CompTia, "CompTIA A+ Core 1", "Computer Repair"},
    {CompTia, "CompTIA A+ Core 2", "Computer Repair"},
    {CompTia, "CompTIA Tech+", "Computer Repair"},
    {CompTia, "CompTIA Network+", "Network Technician"},
    {CompTia, "CompTIA Security+", "Cybersecurity"},
    {CompTia, "CompTIA Cloud Essentials+", "Network Technician"},
    {CompTia, "CompTIA Linux+", "Network Technician"},
    {CompTia, "CompTIA Server+", "Network Technician"},
    {CompTia, "CompTIA CySA+", "Cybersecurity"},
    {CompTia, "CompTIA PenTest+", "Cybersecurity"},
    {CompTia, "CompTIA Data+", "Computer Programming"},
    {CompTia, "CompTIA Project+", "Business Information Technology"},
    {Certiport, "Microsoft Office Specialist: Word Associate", "Business Information Technology"},
    {Certiport, "Microsoft Office Specialist: Excel Associate", "Business Information Technology"},
    {Certiport, "Microsoft Office Specialist: PowerPoint Associate", "Business Information Technology"},
    {Certiport, "Microsoft Office Specialist: Outlook Associate", "Administrative Assistant"},
    {Certiport, "Microsoft Office Specialist: Word Expert", "Business Information Technology"},
    {Certiport, "Microsoft Office Specialist: Excel Expert", "Accounting"},
    {Certiport, "Microsoft Office Specialist: Access Expert", "Business Information Technology"},
    {Certiport, "Microsoft Certified: Azure Fundamentals", "Network Technician"},
    {Certiport, "Microsoft Certified: Security, Compliance, and Identity Fundamentals", "Cybersecurity"},
    {Certiport, "Microsoft Certified: Azure AI Fundamentals", "Computer Programming"},
    {Certiport, "Adobe Certified Professional in Photoshop", "Graphic Design"},
    {Certiport, "Adobe Certified Professional in Illustrator", "Graphic Design"},
    {Certiport, "Adobe Certified Professional in InDesign", "Graphic Design"},
    {Certiport, "Adobe Certified Professional in Premiere Pro", "Digital Media"},
    {Certiport, "Adobe Certified Professional in After Effects", "Digital Media"},
    {Certiport, "Adobe Certified Professional in Animate", "Digital Media"},
    {Certiport, "Adobe Certified Professional in Dreamweaver", "Web Design"},
    {Certiport, "Autodesk Certified User: AutoCAD", "Drafting and Design"},
    {Certiport, "Autodesk Certified User: Revit Architecture", "Drafting and Design"},
    {Certiport, "Autodesk Certified User: Inventor", "Pre-Engineering"},
    {Certiport, "Autodesk Certified User: Fusion 360", "Pre-Engineering"},
    {Certiport, "Autodesk Certified User: 3ds Max", "Digital Media"},
    {Certiport, "Autodesk Certified User: Maya", "Digital Media"},
    {Certiport, "IT Specialist: Python", "Computer Programming"},
    {Certiport, "IT Specialist: Java", "Computer Programming"},
    {Certiport, "IT Specialist: JavaScript", "Web Design"},
    {Certiport, "IT Specialist: HTML and CSS", "Web Design"},
    {Certiport, "IT Specialist: Databases", "Computer Programming"},
    {Certiport, "IT Specialist: Networking", "Network Technician"},
    {Certiport, "IT Specialist: Network Security", "Cybersecurity"},
    {Certiport, "IT Specialist: Cybersecurity", "Cybersecurity"},
    {Certiport, "IT Specialist: Device Configuration and Management", "Computer Repair"},
    {Certiport, "IT Specialist: Cloud Computing", "Network Technician"},
    {Certiport, "IT Specialist: Software Development", "Computer Programming"},
    {Certiport, "IT Specialist: Artificial Intelligence", "Computer Programming"},
    {Certiport, "Entrepreneurship and Small Business", "Entrepreneurship"},
    {Certiport, "Communication Skills for Business", "Business Information Technology"},
    {Certiport, "Intuit Certified Bookkeeping Professional", "Accounting"},
    {Certiport, "Intuit QuickBooks Certified User", "Accounting"},
    {Certiport, "Unity Certified User: Programmer", "Computer Programming"},
    {Certiport, "Unity Certified User: Artist", "Digital Media"},
    {Certiport, "App Development with Swift Certified User", "Computer Programming"},
    {Certiport, "Meta Certified Digital Marketing Associate", "Marketing"},
    {Nccer, "NCCER Core Curriculum", "Construction Trades"},
    {Nccer, "NCCER Field Safety", "Construction Trades"},
    {Nccer, "NCCER Pipefitting Level 1", "Plumbing"},
    {Nccer, "NCCER Millwright Level 1", "Industrial Maintenance"},
    {Nccer, "NCCER Instrumentation Level 1", "Industrial Maintenance"},
    {Nccer, "NCCER Heavy Equipment Operations Level 1", "Construction Trades"},
    {Nccer, "NCCER Industrial Maintenance Mechanic Level 1", "Industrial Maintenance"},
    {Nccer, "NCCER Electronic Systems Technician Level 1", "Electrical"},
    {Nha, "NHA Certified Clinical Medical Assistant (CCMA)", "Medical Assistant"},
    {Nha, "NHA Certified Phlebotomy Technician (CPT)", "Phlebotomy"},
    {Nha, "NHA Certified EKG Technician (CET)", "Patient Care Technician"},
    {Nha, "NHA Certified Pharmacy Technician (ExCPT)", "Pharmacy Technician"},
    {Nha, "NHA Certified Billing and Coding Specialist (CBCS)", "Medical Office Specialist"},
    {Nha, "NHA Certified Medical Administrative Assistant (CMAA)", "Medical Office Specialist"},
    {Nha, "NHA Certified Electronic Health Records Specialist (CEHRS)", "Medical Office Specialist"},
    {Nha, "NHA Certified Patient Care Technician/Assistant (CPCT/A)", "Patient Care Technician"},
    {Nims, "NIMS Measurement, Materials and Safety", "Precision Machining"},
    {Nims, "NIMS Job Planning, Benchwork and Layout", "Precision Machining"},
    {Nims, "NIMS CNC Milling: Operations", "Precision Machining"},
    {Nims, "NIMS CNC Turning: Operations", "Precision Machining"},
    {Nims, "NIMS Machining Level I - Drill Press Skills", "Precision Machining"},
    {Nims, "NIMS Industrial Technology Maintenance Level 1", "Industrial Maintenance"},
    {Nims, "NIMS Metalforming - Press Brake", "Precision Machining"},
    {Aws, "AWS SENSE Level I - SMAW", "Welding"},
    {Aws, "AWS SENSE Level I - GMAW", "Welding"},
    {Aws, "AWS SENSE Level I - FCAW", "Welding"},
    {Aws, "AWS SENSE Level I - GTAW", "Welding"},
    {Aws, "AWS Certified Welder - Structural Steel", "Welding"},
    {Aws, "AWS Certified Welder - Pipe", "Welding"},
    {Ase, "ASE Entry-Level Automobile: Brakes", "Automotive Service"},
    {Ase, "ASE Entry-Level Automobile: Electrical/Electronic Systems", "Automotive Service"},
    {Ase, "ASE Entry-Level Automobile: Engine Repair", "Automotive Service"},
    {Ase, "ASE Entry-Level Automobile: Engine Performance", "Automotive Service"},
    {Ase, "ASE Entry-Level Automobile: Suspension and Steering", "Automotive Service"},
    {Ase, "ASE Entry-Level Automobile: Heating and Air Conditioning", "Automotive Service"},
    {Ase, "ASE Entry-Level Automobile: Automatic Transmission/Transaxle", "Automotive Service"},
    {Ase, "ASE Entry-Level Automobile: Manual Drive Train and Axles", "Automotive Service"},
    {Ase, "ASE Entry-Level Automobile: Maintenance and Light Repair", "Automotive Service"},
    {Ase, "ASE Entry-Level Collision: Painting and Refinishing", "Collision Repair"},
    {Ase, "ASE Entry-Level Collision: Non-Structural Analysis", "Collision Repair"},
    {Ase, "ASE Entry-Level Collision: Structural Analysis", "Collision Repair"},
    {Ase, "ASE Entry-Level Collision: Mechanical and Electrical", "Collision Repair"},
    {Ase, "ASE Entry-Level Truck: Diesel Engines", "Diesel Technology"},
    {Ase, "ASE Entry-Level Truck: Brakes", "Diesel Technology"},
    {Ase, "ASE Entry-Level Truck: Electrical/Electronic Systems", "Diesel Technology"},
    {Ase, "ASE Entry-Level Truck: Inspection, Maintenance and Minor Repair", "Diesel Technology"},
    {ServSafe, "ServSafe Food Handler", "Culinary Arts"},
    {ServSafe, "ServSafe Manager", "Culinary Arts"},
    {ServSafe, "ServSafe Allergens", "Culinary Arts"},
    {ServSafe, "ServSafe Alcohol", "Hospitality Management"},
    {CareerSafe, "OSHA 10-Hour Construction", "Construction Trades"},
    {CareerSafe, "OSHA 10-Hour General Industry", "Industrial Maintenance"},
    {CareerSafe, "OSHA 10-Hour Healthcare", "Health Careers"},
    {Esco, "EPA Section 608 Core", "HVAC"},
    {Esco, "EPA Section 608 Type I", "HVAC"},
    {Esco, "EPA Section 608 Type II", "HVAC"},
    {Esco, "EPA Section 608 Type III", "HVAC"},
    {Esco, "EPA Section 608 Universal", "HVAC"},
    {Esco, "R-410A Safety", "HVAC"},
    {Aha, "AHA BLS Provider", "Health Careers"},
    {Aha, "AHA Heartsaver First Aid CPR AED", "Early Care and Education"},
    {Nremt, "NREMT Emergency Medical Responder", "Emergency Medical Technician"},
    {Nremt, "NREMT Emergency Medical Technician", "Emergency Medical Technician"},
    {Osdh, "Certified Nurse Aide - Long-Term Care", "Nurse Aide"},
    {Osdh, "Home Health Aide", "Nurse Aide"},
    {Osdh, "Certified Medication Aide", "Nurse Aide"},
    {Cosmo, "Cosmetologist License", "Cosmetology"},
    {Cosmo, "Barber License", "Barbering"},
    {Cosmo, "Manicurist/Nail Technician License", "Cosmetology"},
    {Cosmo, "Facialist/Esthetician License", "Cosmetology"},
    {Odaff, "Private Pesticide Applicator", "Horticulture"},
    {Odaff, "Commercial Pesticide Applicator - Category 3A Ornamental and Turf", "Horticulture"},
    {Cdac, "Child Development Associate (CDA) - Preschool", "Early Care and Education"},
    {Cdac, "Child Development Associate (CDA) - Infant/Toddler", "Early Care and Education"},
    {Acf, "ACF Certified Fundamentals Cook", "Culinary Arts"},
    {Acf, "ACF Certified Fundamentals Pastry Cook", "Culinary Arts"},
};

// NCCER's leveled crafts: "<craft> Level 1".."Level N".
struct LeveledDef
{
    const char* craft;
    int levels;
    const char* occupation;
};

const LeveledDef kNccerLevels[] = {
    {"Carpentry", 4, "Carpentry"}, {"Electrical", 4, "Electrical"}, {"Plumbing", 3, "Plumbing"},
    {"HVAC", 3, "HVAC"},           {"Welding", 3, "Welding"},       {"Masonry", 2, "Masonry"},
};

// CTTC titles that name a job rather than a program.
const CuratedDef kCttcSpecialTitles[] = {
    {Cttc, "Microcomputer Repair Technician", "Computer Repair"},
    {Cttc, "Health Careers Core", "Health Careers"},
    {Cttc, "Certified Production Technician - Safety", "Industrial Maintenance"},
    {Cttc, "Pre-Apprenticeship Construction", "Construction Trades"},
    {Cttc, "Customer Service Fundamentals", "Marketing"},
};

// ---------------------------------------------------------------------------------------------
// People and places. Mixed US names (Anglo, Hispanic, Native American, Vietnamese, Black) so
// that accents, apostrophes, hyphens and particles all occur; places are invented compounds.
const char* const kFirstNames[] = {
    "James",       "Mary",      "Michael", "Jennifer", "William", "Elizabeth", "David",   "Jessica",
    "Christopher", "Ashley",    "Daniel",  "Emily",    "Matthew", "Sarah",     "Joshua",  "Hannah",
    "Andrew",      "Madison",   "Tyler",   "Abigail",  "Jacob",   "Olivia",    "Ethan",   "Emma",
    "Noah",        "Ava",       "Logan",   "Sophia",   "Caleb",   "Isabella",  "Mason",   "Chloe",
    "Wyatt",       "Brooklyn",  "Hunter",  "Kaylee",   "Cody",    "Haley",     "Dakota",  "Cheyenne",
    "Robert",      "Katherine", "Joseph",  "Samantha", "José",    "María",     "Juan",    "Guadalupe",
    "Luis",        "Ximena",    "Carlos",  "Sofía",    "Jesús",   "Valeria",   "Miguel",  "Camila",
    "Alejandro",   "Daniela",   "Diego",   "Lucía",    "Ángel",   "Itzel",     "Ramón",   "Yesenia",
    "Minh",        "Linh",      "Tuan",    "Thao",     "Bao",     "Ngoc",      "Aiyana",  "Nizhoni",
    "Takoda",      "Winona",    "Koda",    "Chayton",  "Aponi",   "Shilah",    "Dyani",   "Elan",
    "DeShawn",     "Aaliyah",   "Jamal",   "Imani",    "Malik",   "Jaylen",    "Destiny", "Marcus",
    "Zion",        "Amari",     "Jasmine", "Andre",    "Trinity", "Kenji",     "Priya",   "Omar",
};

const char* const kLastNames[] = {
    "Smith",        "Johnson",     "Williams",   "Brown",      "Jones",       "Davis",
    "Miller",       "Wilson",      "Moore",      "Taylor",     "Anderson",    "Thomas",
    "Jackson",      "White",       "Harris",     "Martin",     "Thompson",    "Clark",
    "Lewis",        "Walker",      "Hall",       "Allen",      "Young",       "King",
    "Wright",       "Scott",       "Green",      "Baker",      "Adams",       "Nelson",
    "Hill",         "Campbell",    "Mitchell",   "Roberts",    "Carter",      "Phillips",
    "Evans",        "Turner",      "Parker",     "Collins",    "Edwards",     "Stewart",
    "Morris",       "Murphy",      "Cook",       "Rogers",     "Cooper",      "Reed",
    "Bailey",       "Bell",        "Howard",     "Ward",       "Brooks",      "Bennett",
    "Gray",         "Hughes",      "García",     "Hernández",  "Martínez",    "López",
    "González",     "Rodríguez",   "Pérez",      "Sánchez",    "Ramírez",     "Torres",
    "Flores",       "Rivera",      "Gómez",      "Díaz",       "Reyes",       "Morales",
    "Ortiz",        "Gutiérrez",   "Chávez",     "Ramos",      "Vargas",      "Castillo",
    "Peña",         "Muñoz",       "Delgado",    "Mendoza",    "De La Cruz",  "Garcia-Lopez",
    "Rios-Mendoza", "Harjo",       "Yahola",     "Bigpond",    "Deerinwater", "Tiger",
    "Fixico",       "Chebon",      "Wildcat",    "Tsosie",     "Begay",       "Yellowhorse",
    "Redcorn",      "Goodeagle",   "Lookout",    "Whitecloud", "Bearpaw",     "Standingwater",
    "Sixkiller",    "Hummingbird", "Littledave", "Kaulaity",   "Tallbear",    "Smith-Harjo",
    "Nguyễn",       "Trần",        "Phạm",       "Lê",         "Huỳnh",       "Vũ",
    "O'Brien",      "McDonald",    "O'Neal",     "McIntosh",   "MacArthur",   "Van Dyke",
    "Yang",         "Kim",         "Patel",      "Okafor",     "Washington",  "Jefferson",
};

struct NicknameDef
{
    const char* legal;
    const char* nickname;
};

const NicknameDef kNicknames[] = {
    {"William", "Bill"},   {"Elizabeth", "Liz"},  {"Christopher", "Chris"}, {"Michael", "Mike"},
    {"Jennifer", "Jenny"}, {"Daniel", "Danny"},   {"Matthew", "Matt"},      {"Joshua", "Josh"},
    {"Andrew", "Drew"},    {"Alejandro", "Alex"}, {"Abigail", "Abby"},      {"Jacob", "Jake"},
    {"Jessica", "Jess"},   {"Guadalupe", "Lupe"}, {"Jesús", "Chuy"},        {"Katherine", "Katie"},
    {"Robert", "Bobby"},   {"Joseph", "Joe"},     {"Samantha", "Sam"},      {"Isabella", "Bella"},
};

const char* const kPlaceFirst[] = {
    "Prairie",   "Redbud",     "Copper",   "Cedar",    "Willow", "Sandstone",  "Bison",  "Scissortail",
    "Blackjack", "Post Oak",   "Mesquite", "Quail",    "Pecan",  "Clearwater", "Turtle", "Eagle",
    "Antelope",  "Sweetwater", "Silver",   "Lone Elm", "Sage",   "Flint",      "Coyote", "Cottonwood",
    "Buffalo",   "Meadowlark", "Juniper",  "Thunder",  "Iron",   "Bluestem",
};

const char* const kPlaceSecond[] = {
    "Creek", "Ridge", "Springs", "Valley", "Flats", "Hollow",   "Bend",   "Point", "Grove",
    "Fork",  "Hills", "Lake",    "Bluff",  "Mesa",  "Crossing", "Plains", "Wind",  "Trail",
};

const char* const kCampusNames[] = {"Main",    "North",    "South",    "East",           "West",
                                    "Airport", "Downtown", "Lakeview", "Industrial Park"};

template <typename T, std::size_t N> constexpr int countOf(const T (&)[N])
{
    return int(N);
}

// ASCII letters and digits only, lower case: "José De La Cruz" -> "josedelacruz".
QString asciiFold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
            out += c;
        else if (u >= u'A' && u <= u'Z')
            out += QChar(char16_t(u - u'A' + u'a'));
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// The approved list's content before the messy cells are applied.
struct CatalogItem
{
    QString code;
    QString title;
    VendorId vendor = Cttc;
    int occupation = 0;
    int cluster = 0;
    QString cips;
    bool transcript = true;
    bool vendorBadge = false;
    bool careerTechBadge = false;
    QString templateId;
    QString badgeName;
    int effectiveFy = 0;
    int retiredFy = 0; // 0: active
    int cost = 0;
    int items = 0;
    int cutScore = 0; // 0: not published
    QString notes;
    bool scored = false; // the CTTC reports a percentage score

    bool cttc() const { return vendor == Cttc; }
    bool retired() const { return retiredFy != 0; }
};

int fiscalYear(const QDate& month)
{
    // Oklahoma's fiscal year starts July 1 and is named after the year it ends in.
    return month.month() >= 7 ? month.year() + 1 : month.year();
}

QList<CatalogItem> buildCatalog(quint32 seed, int fy)
{
    QRandomGenerator rng = makeRng(seed, CatalogStream);
    QList<CatalogItem> items;
    QSet<QString> codes;
    QSet<QString> titles;

    const auto add = [&](VendorId vendor, const QString& title, int occupation) {
        if (titles.contains(title))
            return;
        titles.insert(title);
        CatalogItem item;
        item.vendor = vendor;
        item.title = title;
        item.occupation = occupation;
        item.cluster = kOccupations[occupation].cluster;
        item.cips = QString::fromLatin1(kOccupations[occupation].cip);
        // A few credentials serve two programs: list both CIP codes.
        if (chance(rng, 0.15)) {
            const OccupationDef& other = kOccupations[below(rng, kOccupationCount)];
            if (other.area == kOccupations[occupation].area && QLatin1String(other.cip) != item.cips)
                item.cips += QStringLiteral("; ") + QString::fromLatin1(other.cip);
        }
        do {
            if (vendor == Cttc) {
                item.code = chance(rng, 0.85)
                                ? QStringLiteral("%1").arg(between(rng, 100, 999), 4, 10, QLatin1Char('0'))
                                : QString::number(between(rng, 8000, 8999));
            } else {
                item.code = QString::fromLatin1(kVendors[vendor].codePrefix) +
                            QString::number(between(rng, 100, 999));
            }
        } while (codes.contains(item.code));
        codes.insert(item.code);
        items.append(item);
    };

    // CareerTech Testing Center: ~130 end-of-instruction assessments.
    QList<QPair<QString, int>> cttcCandidates;
    for (int i = 0; i < kOccupationCount; ++i) {
        const QString name = u8(kOccupations[i].name);
        for (const QString& form : {name, name + QStringLiteral(" I"), name + QStringLiteral(" II"),
                                    name + QStringLiteral(" - Core")})
            cttcCandidates.append({form, i});
    }
    shuffle(rng, cttcCandidates);
    for (const CuratedDef& def : kCttcSpecialTitles)
        add(Cttc, u8(def.title), occupationIndex(def.occupation));
    const int cttcTarget = between(rng, 125, 135);
    for (const auto& candidate : std::as_const(cttcCandidates)) {
        if (items.size() >= cttcTarget)
            break;
        add(Cttc, candidate.first, candidate.second);
    }

    // Named vendor credentials.
    for (const CuratedDef& def : kCurated)
        add(def.vendor, u8(def.title), occupationIndex(def.occupation));
    for (const LeveledDef& def : kNccerLevels) {
        for (int level = 1; level <= def.levels; ++level)
            add(Nccer, QStringLiteral("NCCER %1 Level %2").arg(u8(def.craft)).arg(level),
                occupationIndex(def.occupation));
    }

    // NOCTI and Precision Exams fill the list to ~600 rows (the messy extras add ~4).
    QList<QPair<QString, int>> fill;
    for (int i = 0; i < kOccupationCount; ++i) {
        const QString name = u8(kOccupations[i].name);
        fill.append({QStringLiteral("NOCTI Job Ready: ") + name, i});
        fill.append({QStringLiteral("NOCTI Pre-Employment: ") + name, i});
        for (const char* level : {"I", "II", "III", "IV"})
            fill.append({QStringLiteral("Precision Exams: %1 %2").arg(name, QLatin1String(level)), i});
    }
    shuffle(rng, fill);
    const int total = between(rng, 580, 610);
    for (const auto& entry : std::as_const(fill)) {
        if (items.size() >= total)
            break;
        add(entry.first.startsWith(QLatin1String("NOCTI")) ? Nocti : Precision, entry.first, entry.second);
    }

    // Flags, money and badges.
    int careerTechBadged = 0;
    for (CatalogItem& item : items) {
        const VendorDef& vendor = kVendors[item.vendor];
        item.vendorBadge = vendor.issuesBadges && !item.title.contains(QLatin1String("Pre-Employment"));
        item.transcript = chance(rng, 0.85);
        item.effectiveFy = between(rng, fy - 12, fy);
        if (item.cttc()) {
            item.scored = true;
            item.careerTechBadge = chance(rng, 0.88);
            item.cost = chance(rng, 0.3) ? 0 : between(rng, 15, 45);
            item.items = between(rng, 40, 150);
            item.cutScore = chance(rng, 0.8) ? 70 : (chance(rng, 0.5) ? 75 : 80);
        } else {
            item.cost = between(rng, 20, 250);
            item.items = chance(rng, 0.7) ? between(rng, 40, 120) : 0;
            item.cutScore = qstrcmp(vendor.credentialType, "License") == 0 || chance(rng, 0.3)
                                ? 0
                                : between(rng, 13, 16) * 5;
        }
        if (item.careerTechBadge)
            ++careerTechBadged;
    }
    // CareerTech also badges ~35 vendor credentials whose vendor issues none (~150 in all).
    QList<int> unbadgedVendorItems;
    for (int i = 0; i < items.size(); ++i) {
        if (!items.at(i).cttc() && !items.at(i).vendorBadge)
            unbadgedVendorItems.append(i);
    }
    shuffle(rng, unbadgedVendorItems);
    for (int i = 0; i < unbadgedVendorItems.size() && careerTechBadged < 150; ++i, ++careerTechBadged)
        items[unbadgedVendorItems.at(i)].careerTechBadge = true;

    // ~5% retired, with a replacement note now and then.
    const int retiredCount = int(std::lround(items.size() * 0.05));
    QList<int> order;
    for (int i = 0; i < items.size(); ++i)
        order.append(i);
    shuffle(rng, order);
    for (int i = 0; i < retiredCount; ++i) {
        CatalogItem& item = items[order.at(i)];
        item.retiredFy = between(rng, fy - 4, fy - 1);
        item.effectiveFy = qMin(item.effectiveFy, item.retiredFy - between(rng, 1, 6));
        item.notes =
            chance(rng, 0.5)
                ? QStringLiteral("Retired; replaced by %1").arg(items.at(order.at(i + retiredCount)).code)
                : QStringLiteral("Retired");
    }

    for (CatalogItem& item : items) {
        if (item.careerTechBadge) {
            item.templateId = SampleDataGenerator::templateIdFor(seed, item.code);
            item.badgeName = item.cttc() ? QStringLiteral("CareerTech Testing Center - ") + item.title
                                         : QStringLiteral("Oklahoma CareerTech - ") + item.title;
        }
        if (item.notes.isEmpty()) {
            if (item.vendorBadge && chance(rng, 0.4))
                item.notes = QStringLiteral("Vendor issues digital badge");
            else if (chance(rng, 0.05))
                item.notes = QStringLiteral("Title changed FY%1").arg(between(rng, fy - 5, fy));
            else if (!item.cttc() && chance(rng, 0.05))
                item.notes = QStringLiteral("Proctored at an approved testing site");
        }
    }

    std::sort(items.begin(), items.end(),
              [](const CatalogItem& a, const CatalogItem& b) { return a.code < b.code; });
    return items;
}

// Y/N as a person keeps it in a spreadsheet: mostly Y/N, now and then Yes, TRUE or y.
QString messyFlag(QRandomGenerator& rng, bool value)
{
    if (!chance(rng, 0.06))
        return value ? QStringLiteral("Y") : QStringLiteral("N");
    static const QStringList yes{QStringLiteral("Yes"), QStringLiteral("TRUE"), QStringLiteral("y"),
                                 QStringLiteral("Y ")};
    static const QStringList no{QStringLiteral("No"), QStringLiteral("FALSE"), QStringLiteral("n"),
                                QStringLiteral("N ")};
    return pickOne(rng, value ? yes : no);
}

QString stripLeadingZeros(const QString& text)
{
    qsizetype i = 0;
    while (i < text.size() - 1 && text.at(i) == QLatin1Char('0'))
        ++i;
    return text.mid(i);
}

// A title as someone retyped it or as it read before a rename.
QString variantTitle(QRandomGenerator& rng, const QString& title)
{
    QString t = title;
    switch (below(rng, 5)) {
    case 0:
        t.replace(QLatin1String("Technician"), QLatin1String("Tech"));
        t.replace(QLatin1String("Certified"), QLatin1String("Cert."));
        if (t == title)
            t += QStringLiteral(" (2019)");
        break;
    case 1:
        t.replace(QLatin1String(" and "), QLatin1String(" & "));
        t.replace(QLatin1String(": "), QLatin1String(" - "));
        if (t == title)
            t = title.toUpper();
        break;
    case 2:
        t += QStringLiteral(" (Retired)");
        break;
    case 3:
        t = title.section(QLatin1Char(' '), 0, qMax(1, int(title.count(QLatin1Char(' '))) - 1));
        if (t == title)
            t += QStringLiteral(" Exam");
        break;
    default:
        t += QStringLiteral(" Certification");
        break;
    }
    return t;
}

const QStringList kApprovedHeader{
    QStringLiteral("AssessmentCode"),
    QStringLiteral("AssessmentTitle"),
    QStringLiteral("CredentialingBody"),
    QStringLiteral("TestingVendor"),
    QStringLiteral("CredentialType"),
    QStringLiteral("CareerCluster"),
    QStringLiteral("ProgramArea"),
    QStringLiteral("CIPCodes"),
    QStringLiteral("EndorsementLevel"),
    QStringLiteral("TranscriptEligible"),
    QStringLiteral("VendorIssuesDigitalBadge"),
    QStringLiteral("CareerTechBadges"),
    QStringLiteral("CredlyTemplateID"),
    QStringLiteral("BadgeName"),
    QStringLiteral("EffectiveFY"),
    QStringLiteral("RetiredFY"),
    QStringLiteral("Cost"),
    QStringLiteral("Items"),
    QStringLiteral("CutScorePct"),
    QStringLiteral("Notes"),
};

QStringList approvedRow(QRandomGenerator& rng, const CatalogItem& item)
{
    const VendorDef& vendor = kVendors[item.vendor];
    const OccupationDef& occupation = kOccupations[item.occupation];
    QString code = item.code;
    QString title = item.title;
    // Codes that Excel turned into numbers, and trailing spaces from copy-and-paste.
    if (code.startsWith(QLatin1Char('0')) && chance(rng, 0.015))
        code = stripLeadingZeros(code);
    if (chance(rng, 0.03)) {
        if (chance(rng, 0.5))
            title += QLatin1Char(' ');
        else
            code += QLatin1Char(' ');
    }
    return {
        code,
        title,
        u8(vendor.body),
        u8(vendor.name),
        u8(vendor.credentialType),
        u8(kClusterNames[item.cluster]),
        u8(kAreaNames[occupation.area]),
        item.cips,
        u8(vendor.endorsement),
        messyFlag(rng, item.transcript),
        messyFlag(rng, item.vendorBadge),
        messyFlag(rng, item.careerTechBadge),
        item.templateId,
        item.badgeName,
        QString::number(item.effectiveFy),
        item.retired() ? QString::number(item.retiredFy) : QString(),
        QString::number(item.cost),
        item.items > 0 ? QString::number(item.items) : QString(),
        item.cutScore > 0 ? QString::number(item.cutScore) : QString(),
        item.notes,
    };
}

// ---------------------------------------------------------------------------------------------
// Schools, instructors and the month's students.
enum SiteType
{
    TechCenter,
    HighSchool,
    SkillsCenter,
    SiteTypeCount
};

struct Site
{
    SiteType type = TechCenter;
    QString district;
    QString schoolCode;
    QString name;
    QString slug; // for email domains
};

struct Instructor
{
    int site = 0;
    int occupation = 0;
    QString programCode;
    QString enteredBy; // display name or email, as CTIMS shows the account
    QString email;
};

struct Pools
{
    QStringList firstNames;
    QStringList firstAscii;
    QStringList lastNames;
    QStringList lastAscii;
    QList<Site> sites;
    QList<Instructor> instructors;
    // instructorsBy[type][area]: who teaches what where.
    std::array<std::array<QList<int>, AreaCount>, SiteTypeCount> instructorsBy;
    QStringList sharedEmails; // parents' addresses reused for several students
    QStringList nicknames;    // per first name, empty when none
};

Pools buildPools(quint32 seed)
{
    QRandomGenerator rng = makeRng(seed, PoolStream);
    Pools pools;
    for (const char* name : kFirstNames) {
        pools.firstNames.append(u8(name));
        pools.firstAscii.append(asciiFold(pools.firstNames.last()));
    }
    for (const QString& first : std::as_const(pools.firstNames)) {
        QString nickname;
        for (const NicknameDef& nick : kNicknames) {
            if (first == u8(nick.legal))
                nickname = u8(nick.nickname);
        }
        pools.nicknames.append(nickname);
    }
    for (const char* name : kLastNames) {
        pools.lastNames.append(u8(name));
        pools.lastAscii.append(asciiFold(pools.lastNames.last()));
    }

    QStringList places;
    for (const char* a : kPlaceFirst) {
        for (const char* b : kPlaceSecond)
            places.append(u8(a) + QLatin1Char(' ') + u8(b));
    }
    shuffle(rng, places);
    int nextPlace = 0;
    QSet<QString> districtCodes;

    // Tech centers: ~12 districts with 1-4 campuses each.
    QList<int> techNumbers;
    for (int i = 1; i <= 29; ++i)
        techNumbers.append(i);
    shuffle(rng, techNumbers);
    for (int d = 0; d < 12; ++d) {
        const QString place = places.at(nextPlace++);
        const int number = techNumbers.at(d);
        const int campuses = between(rng, 1, 4);
        QList<int> campusOrder;
        for (int c = 0; c < countOf(kCampusNames); ++c)
            campusOrder.append(c);
        shuffle(rng, campusOrder);
        for (int c = 0; c < campuses; ++c) {
            Site site;
            site.type = TechCenter;
            site.district = QStringLiteral("TC-%1").arg(number, 2, 10, QLatin1Char('0'));
            site.schoolCode = QStringLiteral("TC%1%2")
                                  .arg(number, 4, 10, QLatin1Char('0'))
                                  .arg(100 + c * 5 + between(rng, 0, 4));
            site.name = campuses == 1 ? place + QStringLiteral(" Technology Center")
                                      : QStringLiteral("%1 Technology Center - %2 Campus")
                                            .arg(place, u8(kCampusNames[campusOrder.at(c)]));
            site.slug = asciiFold(place) + QStringLiteral("tech");
            pools.sites.append(site);
        }
    }
    // PK-12 high schools: county-number + I + district-number, then a 3-digit site.
    for (int s = 0; s < 50; ++s) {
        const QString place = places.at(nextPlace++);
        Site site;
        site.type = HighSchool;
        do {
            site.district = QStringLiteral("%1I%2")
                                .arg(between(rng, 1, 77), 2, 10, QLatin1Char('0'))
                                .arg(between(rng, 1, 999), 3, 10, QLatin1Char('0'));
        } while (districtCodes.contains(site.district));
        districtCodes.insert(site.district);
        site.schoolCode = site.district + QString::number(between(rng, 700, 799));
        site.name = place + QStringLiteral(" High School");
        site.slug = asciiFold(place) + QStringLiteral("ps");
        pools.sites.append(site);
    }
    // Skills centers.
    for (int s = 1; s <= 5; ++s) {
        const QString place = places.at(nextPlace++);
        Site site;
        site.type = SkillsCenter;
        site.district = QStringLiteral("SK-%1").arg(s, 2, 10, QLatin1Char('0'));
        site.schoolCode =
            QStringLiteral("SK%1%2").arg(s, 4, 10, QLatin1Char('0')).arg(between(rng, 100, 199));
        site.name = place + QStringLiteral(" Skills Center");
        site.slug = asciiFold(place) + QStringLiteral("skills");
        pools.sites.append(site);
    }

    std::array<QList<int>, SiteTypeCount> sitesByType;
    for (int i = 0; i < pools.sites.size(); ++i)
        sitesByType[pools.sites.at(i).type].append(i);
    std::array<QList<int>, AreaCount> occupationsByArea;
    for (int i = 0; i < kOccupationCount; ++i)
        occupationsByArea[kOccupations[i].area].append(i);

    // ~250 instructors; every (site type, area) pair gets at least one.
    QSet<QString> usedEmails;
    QSet<QString> usedProgramCodes;
    const auto addInstructor = [&](SiteType type, int area) {
        Instructor instructor;
        instructor.site = pickOne(rng, sitesByType[type]);
        instructor.occupation = pickOne(rng, occupationsByArea[area]);
        do {
            instructor.programCode = QStringLiteral("%1%2")
                                         .arg(QChar(char16_t(u'A' + below(rng, 26))))
                                         .arg(between(rng, 10000, 99999));
        } while (usedProgramCodes.contains(instructor.programCode));
        usedProgramCodes.insert(instructor.programCode);
        const int first = below(rng, int(pools.firstNames.size()));
        const int last = below(rng, int(pools.lastNames.size()));
        QString local = pools.firstAscii.at(first).left(1) + pools.lastAscii.at(last);
        for (int n = 2; usedEmails.contains(local); ++n)
            local = pools.firstAscii.at(first).left(1) + pools.lastAscii.at(last) + QString::number(n);
        usedEmails.insert(local);
        const Site& site = pools.sites.at(instructor.site);
        instructor.email = local + QLatin1Char('@') +
                           (site.type == TechCenter ? QStringLiteral("techcenter.example.org")
                                                    : site.slug + QStringLiteral(".example.org"));
        instructor.enteredBy = chance(rng, 0.3)
                                   ? instructor.email
                                   : pools.firstNames.at(first) + QLatin1Char(' ') + pools.lastNames.at(last);
        pools.instructorsBy[type][area].append(int(pools.instructors.size()));
        pools.instructors.append(instructor);
    };
    for (int type = 0; type < SiteTypeCount; ++type) {
        for (int area = 0; area < AreaCount; ++area)
            addInstructor(SiteType(type), area);
    }
    while (pools.instructors.size() < 250) {
        const double r = rng.generateDouble();
        const SiteType type = r < 0.6 ? TechCenter : (r < 0.95 ? HighSchool : SkillsCenter);
        addInstructor(type, below(rng, AreaCount));
    }

    for (int i = 0; i < 4; ++i) {
        const QString last = pools.lastAscii.at(below(rng, int(pools.lastAscii.size())));
        pools.sharedEmails.append(i % 2 == 0 ? QStringLiteral("mom.%1@gmail.example.com").arg(last)
                                             : QStringLiteral("%1family@yahoo.example.com").arg(last));
    }
    return pools;
}

enum Level
{
    Secondary,
    Postsecondary,
    Adult
};

const char* const kLevelNames[] = {"Secondary", "Postsecondary", "Adult"};

struct Student
{
    QString first;
    QString middle;
    QString last;
    QString suffix;
    QString nickname;
    QString firstAscii; // for email addresses
    QString lastAscii;
    QDate birth; // invalid: not given
    Level level = Secondary;
    QString id;
    QString email;
    QString otherEmail;
};

// ---------------------------------------------------------------------------------------------
// Popularity: Zipf over ~150 active assessments, alternating vendor-badged and not among the top
// ten so that the vendor-badged share of rows stays near 45% whatever the seed.
struct Popularity
{
    QList<int> items;         // catalog indices, most popular first
    QList<double> cumulative; // running sum of the Zipf weights
    QList<int> retired;
    struct OffList
    {
        QString code;
        QString title;
        VendorId vendor;
        int occupation;
    };
    QList<OffList> offList;
};

Popularity buildPopularity(quint32 seed, const QList<CatalogItem>& catalog)
{
    QRandomGenerator rng = makeRng(seed, PoolStream, 2);
    Popularity popularity;
    QList<int> badged;
    QList<int> other;
    QSet<QString> codes;
    for (int i = 0; i < catalog.size(); ++i) {
        const CatalogItem& item = catalog.at(i);
        codes.insert(item.code);
        if (item.retired())
            popularity.retired.append(i);
        else if (item.vendorBadge)
            badged.append(i);
        else
            other.append(i);
    }
    shuffle(rng, badged);
    shuffle(rng, other);
    // The non-badged side leans toward CTTC items: they are most of what CareerTech badges.
    QList<int> cttc;
    QList<int> vendor;
    for (const int i : std::as_const(other))
        (catalog.at(i).cttc() ? cttc : vendor).append(i);
    other.clear();
    while (!cttc.isEmpty() || !vendor.isEmpty()) {
        const bool takeCttc = !cttc.isEmpty() && (vendor.isEmpty() || chance(rng, 0.65));
        other.append((takeCttc ? cttc : vendor).takeFirst());
    }
    int nextBadged = 0;
    int nextOther = 0;
    for (int rank = 0; rank < 150; ++rank) {
        const bool takeBadged = rank < 10 ? rank % 2 == 0 : chance(rng, 0.45);
        if (takeBadged && nextBadged < badged.size())
            popularity.items.append(badged.at(nextBadged++));
        else if (nextOther < other.size())
            popularity.items.append(other.at(nextOther++));
    }
    double sum = 0;
    for (int rank = 0; rank < popularity.items.size(); ++rank) {
        sum += 1.0 / std::pow(rank + 1, 0.9);
        popularity.cumulative.append(sum);
    }

    // Codes not on the list: mistyped CTTC codes and vendor codes the list never had.
    for (int i = 0; i < 8; ++i) {
        const CatalogItem& source = catalog.at(popularity.items.at(below(rng, int(popularity.items.size()))));
        Popularity::OffList off{QString(), source.title, source.vendor, source.occupation};
        do {
            if (source.cttc())
                off.code = QStringLiteral("%1").arg(between(rng, 100, 999), 4, 10, QLatin1Char('0'));
            else
                off.code = QString::fromLatin1(kVendors[source.vendor].codePrefix) +
                           QString::number(between(rng, 100, 999));
        } while (codes.contains(off.code));
        codes.insert(off.code);
        popularity.offList.append(off);
    }
    return popularity;
}

int drawPopular(QRandomGenerator& rng, const Popularity& popularity)
{
    const double x = rng.generateDouble() * popularity.cumulative.last();
    const auto it = std::upper_bound(popularity.cumulative.cbegin(), popularity.cumulative.cend(), x);
    const qsizetype rank = qMin(qsizetype(it - popularity.cumulative.cbegin()), popularity.items.size() - 1);
    return popularity.items.at(rank);
}

// ---------------------------------------------------------------------------------------------
// The monthly export.
enum Column
{
    ColEntryId,
    ColEntryDateTime,
    ColEnteredBy,
    ColDistrictCode,
    ColSchoolCode,
    ColSchoolName,
    ColProgramCode,
    ColCipCode,
    ColProgramName,
    ColStudentId,
    ColFirstName,
    ColMiddleName,
    ColLastName,
    ColSuffix,
    ColDateOfBirth,
    ColStudentLevel,
    ColEmail,
    ColAssessmentCode,
    ColAssessmentTitle,
    ColVendor,
    ColTestDate,
    ColResult,
    ColScore,
    ColAttempt,
    ColumnCount
};

const QStringList kExportHeader{
    QStringLiteral("EntryID"),         QStringLiteral("EntryDateTime"), QStringLiteral("EnteredBy"),
    QStringLiteral("DistrictCode"),    QStringLiteral("SchoolCode"),    QStringLiteral("SchoolName"),
    QStringLiteral("ProgramCode"),     QStringLiteral("CIPCode"),       QStringLiteral("ProgramName"),
    QStringLiteral("StudentID"),       QStringLiteral("FirstName"),     QStringLiteral("MiddleName"),
    QStringLiteral("LastName"),        QStringLiteral("Suffix"),        QStringLiteral("DateOfBirth"),
    QStringLiteral("StudentLevel"),    QStringLiteral("Email"),         QStringLiteral("AssessmentCode"),
    QStringLiteral("AssessmentTitle"), QStringLiteral("Vendor"),        QStringLiteral("TestDate"),
    QStringLiteral("Result"),          QStringLiteral("Score"),         QStringLiteral("Attempt"),
};

// Column names drift from month to month (domain.md 7.2 item 9): one of three variants by month,
// each with a blank column after the school name, the way a hand-edited export looks.
void applyHeaderDrift(SampleDataGenerator::Table& table, const QDate& month)
{
    struct Rename
    {
        int column;
        const char* name;
    };
    static const QList<QList<Rename>> variants = {
        {{ColEmail, "Student Email"},
         {ColStudentId, "Student ID"},
         {ColAssessmentCode, "Assessment Code"},
         {ColEntryDateTime, "Entry Date/Time"}},
        {{ColEmail, "Email Address"},
         {ColStudentId, "STN"},
         {ColAssessmentCode, "Test Code"},
         {ColTestDate, "Date Tested"},
         {ColFirstName, "First Name"},
         {ColLastName, "Last Name"}},
        {{ColEmail, "E-mail"}, {ColAssessmentTitle, "Assessment Name"}, {ColEnteredBy, "Entered By"}},
    };
    const auto& renames = variants.at((month.year() * 12 + month.month()) % variants.size());
    for (const Rename& rename : renames)
        table.header[rename.column] = QString::fromLatin1(rename.name);
    const int blank = ColSchoolName + 1;
    table.header.insert(blank, QString());
    table.kinds.insert(blank, SampleDataGenerator::CellKind::Text);
    for (QStringList& row : table.rows)
        row.insert(blank, QString());
}

enum Result
{
    Pass,
    Fail,
    NoResult,
    PassVariant
};

struct Entry
{
    int instructor = 0;
    int student = 0;
    int item = -1;    // catalog index, or -1 with offList >= 0
    int offList = -1; // index into Popularity::offList
    bool nonStudent = false;
    int nonStudentTest = 0;
    Result result = Pass;
    int score = 0; // 0: blank
    int attempt = 1;
    QDate testDate;
    QDateTime entered;
    qint64 entryId = 0;
};

enum class RowKind
{
    Normal,
    ExactDuplicate,
    SecondInstructor,
    Retest,
    NonStudent,
    CrossMonth,
};

struct RowMeta
{
    RowKind kind = RowKind::Normal;
    int references = 0; // other rows copied from this one
    Result result = Pass;
};

QString usDate(const QDate& date)
{
    return QString::number(date.month()) + QLatin1Char('/') + QString::number(date.day()) + QLatin1Char('/') +
           QString::number(date.year());
}

QString usDateTime(const QDateTime& dateTime)
{
    const QTime time = dateTime.time();
    const int hour12 = time.hour() % 12 == 0 ? 12 : time.hour() % 12;
    const auto twoDigits = [](int value) {
        return QString(QChar(char16_t(u'0' + value / 10))) + QChar(char16_t(u'0' + value % 10));
    };
    return usDate(dateTime.date()) + QLatin1Char(' ') + QString::number(hour12) + QLatin1Char(':') +
           twoDigits(time.minute()) + QLatin1Char(':') + twoDigits(time.second()) +
           (time.hour() < 12 ? QLatin1String(" AM") : QLatin1String(" PM"));
}

// Excel damage: serial numbers, ISO dates, two-digit years, day-first dates.
QString damagedDate(QRandomGenerator& rng, const QDate& date)
{
    switch (below(rng, 4)) {
    case 0:
        return QString::number(qint64(XlsxWorkbookWriter::excelSerial(date)));
    case 1:
        return date.toString(Qt::ISODate);
    case 2:
        return QStringLiteral("%1/%2/%3")
            .arg(date.month())
            .arg(date.day())
            .arg(date.year() % 100, 2, 10, QLatin1Char('0'));
    default:
        return QStringLiteral("%1/%2/%3")
            .arg(date.day(), 2, 10, QLatin1Char('0'))
            .arg(date.month(), 2, 10, QLatin1Char('0'))
            .arg(date.year());
    }
}

// "José" read back as Windows-1252.
QString mojibake(const QString& text)
{
    return QString::fromLatin1(text.toUtf8());
}

QString upperEmail(QRandomGenerator& rng, const QString& email)
{
    if (chance(rng, 0.4))
        return email.toUpper();
    // "Jane.Doe@Gmail.example.com": capitals at word starts.
    QString out = email;
    bool start = true;
    for (QChar& c : out) {
        if (start)
            c = c.toUpper();
        start = c == QLatin1Char('.') || c == QLatin1Char('@');
    }
    return out;
}

// Broken addresses that still only ever name reserved domains.
QString malformedEmail(QRandomGenerator& rng, const QString& email)
{
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    const QString local = email.left(at);
    const QString domain = email.mid(at + 1);
    if (domain.startsWith(QLatin1String("gmail.")) && chance(rng, 0.5))
        return local + QStringLiteral("@gmial.") + domain.mid(6);
    if (domain.startsWith(QLatin1String("yahoo.")) && chance(rng, 0.5))
        return local + QStringLiteral("@yaho.") + domain.mid(6);
    switch (below(rng, 5)) {
    case 0: {
        QString spaced = local;
        const qsizetype dot = spaced.indexOf(QLatin1Char('.'));
        if (dot > 0)
            spaced[dot] = QLatin1Char(' ');
        else
            spaced.insert(qMin<qsizetype>(2, spaced.size()), QLatin1Char(' '));
        return spaced + QLatin1Char('@') + domain;
    }
    case 1:
        return local + QStringLiteral("@@") + domain;
    case 2:
        return email + QLatin1Char('.');
    case 3: {
        // Comma for dot, in the local part only, so the domain stays a reserved one.
        QString comma = local;
        const qsizetype dot = comma.indexOf(QLatin1Char('.'));
        if (dot > 0)
            comma[dot] = QLatin1Char(',');
        else
            comma.insert(comma.size() / 2, QLatin1Char(','));
        return comma + QLatin1Char('@') + domain;
    }
    default:
        return local + QLatin1Char('.') + domain; // the @ never typed
    }
}

class MonthGenerator
{
public:
    MonthGenerator(quint32 seed, const QDate& month, int rows, const QList<CatalogItem>& catalog,
                   const Pools& pools, const Popularity& popularity)
        : m_rng(makeRng(seed, MonthStream, quint32(month.year() * 12 + month.month()))), m_month(month),
          m_rowCount(rows), m_catalog(catalog), m_pools(pools), m_popularity(popularity)
    {}

    // Decides every row: who, what, when, the outcome and the duplicates. Cheap next to
    // rendering, so the previous month can be planned just to copy a few of its rows.
    QList<RowMeta> plan();
    // One row's cells. Each row renders from its own seed, so rows can be rendered alone.
    QStringList cells(int row);

private:
    QList<QDateTime> entryTimes();
    int newStudent(const Site& site, const QDate& onDate);
    QString studentEmail(const Student& student, const Site& site, bool school);
    int chooseInstructor(int area, int notThis = -1);
    Entry normalEntry(const QDateTime& when);
    void setOutcome(Entry& entry, Result result);
    QDate testDateFor(const QDate& entered);
    QStringList render(QRandomGenerator& rng, const Entry& entry);
    QString renderEmail(QRandomGenerator& rng, const Entry& entry, const Student& student);

    struct Planned
    {
        Entry entry;
        quint32 renderSeed = 0;
        int copyOf = -1; // an exact duplicate of this row
    };
    QList<Planned> m_planned;

    QRandomGenerator m_rng;
    QDate m_month;
    int m_rowCount;
    const QList<CatalogItem>& m_catalog;
    const Pools& m_pools;
    const Popularity& m_popularity;
    QList<Student> m_students;
    QList<QList<int>> m_recentStudents; // per instructor
};

QList<QDateTime> MonthGenerator::entryTimes()
{
    // Weekdays carry the load, weekends a trickle, the last days of the month a rush.
    const int days = m_month.daysInMonth();
    QList<double> cumulative;
    double sum = 0;
    for (int d = 1; d <= days; ++d) {
        const QDate date(m_month.year(), m_month.month(), d);
        double weight = date.dayOfWeek() == 6 ? 0.12 : (date.dayOfWeek() == 7 ? 0.05 : 1.0);
        if (d > days - 4)
            weight *= 2.5;
        sum += weight;
        cumulative.append(sum);
    }
    QList<qint64> seconds;
    seconds.reserve(m_rowCount);
    for (int i = 0; i < m_rowCount; ++i) {
        const double x = m_rng.generateDouble() * sum;
        const int day =
            int(std::upper_bound(cumulative.cbegin(), cumulative.cend(), x) - cumulative.cbegin());
        const int second = chance(m_rng, 0.85) ? between(m_rng, 8 * 3600, 17 * 3600 - 1)
                                               : between(m_rng, 6 * 3600, 22 * 3600 - 1);
        seconds.append(qint64(qMin(day, days - 1)) * 86400 + second);
    }
    std::sort(seconds.begin(), seconds.end());
    QList<QDateTime> times;
    times.reserve(m_rowCount);
    const QDateTime start(m_month, QTime(0, 0), Qt::UTC);
    for (const qint64 s : std::as_const(seconds))
        times.append(start.addSecs(s));
    return times;
}

QString MonthGenerator::studentEmail(const Student& student, const Site& site, bool school)
{
    const QString& first = student.firstAscii;
    const QString& last = student.lastAscii;
    if (school) {
        return first + QLatin1Char('.') + last +
               (chance(m_rng, 0.3) ? QString::number(between(m_rng, 2, 9)) : QString()) +
               QStringLiteral("@students.") + site.slug + QStringLiteral(".example.org");
    }
    static const QStringList personal{
        QStringLiteral("gmail.example.com"),   QStringLiteral("gmail.example.com"),
        QStringLiteral("gmail.example.com"),   QStringLiteral("gmail.example.com"),
        QStringLiteral("gmail.example.com"),   QStringLiteral("yahoo.example.com"),
        QStringLiteral("yahoo.example.com"),   QStringLiteral("outlook.example.com"),
        QStringLiteral("hotmail.example.com"), QStringLiteral("icloud.example.com"),
    };
    static const QStringList other{
        QStringLiteral("mail.test"),          QStringLiteral("family.example.net"),
        QStringLiteral("work.example.com"),   QStringLiteral("ranch.example.net"),
        QStringLiteral("church.example.org"), QStringLiteral("isp.test"),
    };
    const QString domain = chance(m_rng, 0.818) ? pickOne(m_rng, personal) : pickOne(m_rng, other);
    switch (below(m_rng, 4)) {
    case 0:
        return first + last + QString::number(between(m_rng, 1, 99)) + QLatin1Char('@') + domain;
    case 1:
        return first + QLatin1Char('.') + last + QLatin1Char('@') + domain;
    case 2:
        return first.left(1) + last + QString::number(between(m_rng, 2000, 2012)) + QLatin1Char('@') + domain;
    default:
        return last + QLatin1Char('_') + first + QLatin1Char('@') + domain;
    }
}

int MonthGenerator::newStudent(const Site& site, const QDate& onDate)
{
    Student student;
    const int firstIndex = below(m_rng, int(m_pools.firstNames.size()));
    student.first = m_pools.firstNames.at(firstIndex);
    student.firstAscii = m_pools.firstAscii.at(firstIndex);
    student.nickname = m_pools.nicknames.at(firstIndex);
    if (chance(m_rng, 0.6)) {
        const QString& middle = pickOne(m_rng, m_pools.firstNames);
        if (middle != student.first)
            student.middle = chance(m_rng, 0.8) ? middle : QString(middle.at(0));
    }
    const int lastIndex = below(m_rng, int(m_pools.lastNames.size()));
    student.last = m_pools.lastNames.at(lastIndex);
    student.lastAscii = m_pools.lastAscii.at(lastIndex);
    if (chance(m_rng, 0.02)) {
        static const QStringList suffixes{QStringLiteral("Jr"), QStringLiteral("Jr."), QStringLiteral("III"),
                                          QStringLiteral("II")};
        student.suffix = pickOne(m_rng, suffixes);
    }

    if (site.type == HighSchool)
        student.level = Secondary;
    else if (site.type == SkillsCenter)
        student.level = Adult;
    else {
        const double r = m_rng.generateDouble();
        student.level = r < 0.55 ? Secondary : (r < 0.85 ? Postsecondary : Adult);
    }
    int age = 0;
    if (chance(m_rng, 0.01))
        age = between(m_rng, 11, 12); // middle-schoolers testing early: the under-13 consent case
    else if (student.level == Secondary)
        age = between(m_rng, 14, 19);
    else if (student.level == Postsecondary)
        age = chance(m_rng, 0.7) ? between(m_rng, 18, 24) : between(m_rng, 25, 40);
    else
        age = between(m_rng, 20, 60);
    student.birth = onDate.addYears(-age).addDays(-below(m_rng, 365));
    if (chance(m_rng, 0.03))
        student.birth = QDate(); // optional in CTIMS

    // Secondary students carry the 10-digit STN (never starting with 0, so no 9-digit value can
    // appear); adults a 7-8 digit local PID, often zero-padded.
    if (student.level == Secondary) {
        student.id = QString::number(between(m_rng, 1, 9)) +
                     QStringLiteral("%1").arg(below(m_rng, 1000000000), 9, 10, QLatin1Char('0'));
    } else {
        const int width = chance(m_rng, 0.5) ? 7 : 8;
        const int value = chance(m_rng, 0.5) ? below(m_rng, 1000000) : between(m_rng, 1000000, 9999999);
        student.id = QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
    }

    const double r = m_rng.generateDouble();
    student.email = studentEmail(student, site, r < 0.45);
    student.otherEmail = studentEmail(student, site, false);
    m_students.append(student);
    return int(m_students.size() - 1);
}

int MonthGenerator::chooseInstructor(int area, int notThis)
{
    const double r = m_rng.generateDouble();
    const SiteType type = r < 0.6 ? TechCenter : (r < 0.95 ? HighSchool : SkillsCenter);
    const QList<int>& candidates = m_pools.instructorsBy[type][area];
    if (notThis < 0)
        return pickOne(m_rng, candidates);
    // A second instructor at the same site and in the same area if there is one.
    const int site = m_pools.instructors.at(notThis).site;
    QList<int> sameSite;
    for (const std::array<QList<int>, AreaCount>& byArea : m_pools.instructorsBy) {
        for (const int i : byArea[area]) {
            if (i != notThis && m_pools.instructors.at(i).site == site)
                sameSite.append(i);
        }
    }
    if (!sameSite.isEmpty())
        return pickOne(m_rng, sameSite);
    for (int attempt = 0; attempt < 5; ++attempt) {
        const int i = pickOne(m_rng, candidates);
        if (i != notThis)
            return i;
    }
    return notThis;
}

QDate MonthGenerator::testDateFor(const QDate& entered)
{
    const double r = m_rng.generateDouble();
    if (r < 0.03)
        return entered.addDays(between(m_rng, 1, 10)); // typo: after the entry
    QDate date = entered.addDays(-int(60 * std::pow(m_rng.generateDouble(), 2.0)));
    if (r < 0.04)
        date = date.addYears(chance(m_rng, 0.5) ? -1 : 1); // typo: wrong year
    return date;
}

void MonthGenerator::setOutcome(Entry& entry, Result result)
{
    entry.result = result;
    entry.score = 0;
    const bool scored = entry.item >= 0
                            ? m_catalog.at(entry.item).scored
                            : (entry.offList >= 0 && m_popularity.offList.at(entry.offList).vendor == Cttc);
    if (!scored && !entry.nonStudent)
        return;
    const int cut =
        entry.item >= 0 && m_catalog.at(entry.item).cutScore > 0 ? m_catalog.at(entry.item).cutScore : 70;
    if (result == Fail)
        entry.score = between(m_rng, 35, cut - 1);
    else if (result != NoResult || chance(m_rng, 0.3))
        entry.score = between(m_rng, cut, 100);
}

Entry MonthGenerator::normalEntry(const QDateTime& when)
{
    Entry entry;
    entry.entered = when;
    const double r = m_rng.generateDouble();
    int occupation = 0;
    if (r < 0.02 && !m_popularity.retired.isEmpty()) {
        entry.item = pickOne(m_rng, m_popularity.retired);
    } else if (r < 0.04) {
        entry.offList = below(m_rng, int(m_popularity.offList.size()));
    } else {
        entry.item = drawPopular(m_rng, m_popularity);
    }
    occupation = entry.item >= 0 ? m_catalog.at(entry.item).occupation
                                 : m_popularity.offList.at(entry.offList).occupation;
    entry.instructor = chooseInstructor(kOccupations[occupation].area);

    QList<int>& recent = m_recentStudents[entry.instructor];
    if (!recent.isEmpty() && chance(m_rng, 0.12)) {
        entry.student = pickOne(m_rng, recent);
    } else {
        entry.student =
            newStudent(m_pools.sites.at(m_pools.instructors.at(entry.instructor).site), when.date());
        recent.append(entry.student);
        if (recent.size() > 5)
            recent.removeFirst();
    }

    const double outcome = m_rng.generateDouble();
    setOutcome(entry,
               outcome < 0.94 ? Pass : (outcome < 0.97 ? Fail : (outcome < 0.99 ? NoResult : PassVariant)));
    const double attempt = m_rng.generateDouble();
    entry.attempt = attempt < 0.90 ? 1 : (attempt < 0.98 ? 2 : 3);
    entry.testDate = testDateFor(when.date());
    return entry;
}

QString MonthGenerator::renderEmail(QRandomGenerator& rng, const Entry& entry, const Student& student)
{
    const double r = rng.generateDouble();
    if (r < 0.04)
        return QString();
    if (r < 0.07)
        return malformedEmail(rng, student.email);
    if (r < 0.12)
        return upperEmail(rng, student.email);
    if (r < 0.17) {
        static const QStringList pads{QStringLiteral(" "), QStringLiteral("  "), QStringLiteral("\t")};
        const QString pad = chance(rng, 0.9) ? QStringLiteral(" ") : pickOne(rng, pads);
        switch (below(rng, 3)) {
        case 0:
            return pad + student.email;
        case 1:
            return student.email + pad;
        default:
            return pad + student.email + pad;
        }
    }
    if (r < 0.18) {
        return chance(rng, 0.5) ? m_pools.instructors.at(entry.instructor).email
                                : pickOne(rng, m_pools.sharedEmails);
    }
    if (r < 0.185)
        return student.email + (chance(rng, 0.7) ? QStringLiteral("; ") : QStringLiteral(", ")) +
               student.otherEmail;
    return student.email;
}

QStringList MonthGenerator::render(QRandomGenerator& rng, const Entry& entry)
{
    QStringList cells;
    cells.resize(ColumnCount);
    const Instructor& instructor = m_pools.instructors.at(entry.instructor);
    const Site& site = m_pools.sites.at(instructor.site);
    const OccupationDef& program = kOccupations[instructor.occupation];
    const Student& student = m_students.at(entry.student);

    cells[ColEntryId] = QString::number(entry.entryId);
    cells[ColEntryDateTime] = usDateTime(entry.entered);
    cells[ColEnteredBy] = instructor.enteredBy;
    cells[ColDistrictCode] = site.district;
    cells[ColSchoolCode] = site.schoolCode;
    cells[ColSchoolName] = site.name;
    cells[ColProgramCode] = instructor.programCode;
    cells[ColCipCode] = QString::fromLatin1(program.cip);
    if (chance(rng, 0.05)) // Excel read the CIP code as a number
        cells[ColCipCode] = QString::number(cells[ColCipCode].toDouble(), 'g', 8);
    cells[ColProgramName] = occupationNames().at(instructor.occupation);

    // Student identity, with the ways people and spreadsheets mangle it.
    static const QRegularExpression trailingZeros(QStringLiteral("\\.?0+$"));
    QString id = student.id;
    const double idMess = rng.generateDouble();
    if (idMess < 0.05)
        id = stripLeadingZeros(id);
    else if (idMess < 0.06 && id.size() == 10)
        id = QString::number(id.toDouble() / 1e9, 'f', 5).remove(trailingZeros) + QStringLiteral("E+09");
    cells[ColStudentId] = id;

    QString first = student.first;
    QString middle = student.middle;
    QString last = student.last;
    if (!student.nickname.isEmpty() && chance(rng, 0.1))
        first = student.nickname;
    if (!middle.isEmpty() && middle.size() > 1 && chance(rng, 0.02)) {
        first += QLatin1Char(' ') + middle; // middle name typed into the first-name box
        middle.clear();
    }
    if (last == QLatin1String("O'Brien") || last == QLatin1String("O'Neal")) {
        const QString rest = last.mid(2);
        switch (below(rng, 5)) {
        case 0:
            last = QStringLiteral("O") + rest;
            break;
        case 1:
            last = QStringLiteral("O ") + rest;
            break;
        case 2:
            last = QStringLiteral("O\u2019") + rest;
            break;
        default:
            break;
        }
    } else if (last.startsWith(QLatin1String("Mc")) && chance(rng, 0.4)) {
        last = chance(rng, 0.5) ? QStringLiteral("Mc") + last.mid(2).toUpper()
                                : QStringLiteral("Mc") + last.mid(2).toLower();
    }
    const double caseMess = rng.generateDouble();
    if (caseMess < 0.10) {
        first = first.toUpper();
        middle = middle.toUpper();
        last = last.toUpper();
    } else if (caseMess < 0.15) {
        first = first.toLower();
        middle = middle.toLower();
        last = last.toLower();
    }
    if (chance(rng, 0.01)) {
        first = mojibake(first);
        last = mojibake(last);
    }
    const double space = rng.generateDouble();
    if (space < 0.02)
        last += QLatin1Char(' ');
    else if (space < 0.025)
        first += QChar(0x00A0);
    cells[ColFirstName] = first;
    cells[ColMiddleName] = middle;
    cells[ColLastName] = last;
    cells[ColSuffix] = student.suffix;
    if (student.birth.isValid())
        cells[ColDateOfBirth] = chance(rng, 0.005) ? damagedDate(rng, student.birth) : usDate(student.birth);
    cells[ColStudentLevel] = u8(kLevelNames[student.level]);
    cells[ColEmail] = renderEmail(rng, entry, student);

    // The assessment.
    QString code;
    QString title;
    QString vendor;
    if (entry.nonStudent) {
        // Public testing (peace officers, drivers): not CareerTech students, never badged.
        static const QStringList codes{QStringLiteral("9P01"), QStringLiteral("9D02")};
        static const QStringList titles{QStringLiteral("POSSE Peace Officer Screening Exam"),
                                        QStringLiteral("Commercial Driver License Knowledge Test")};
        code = codes.at(entry.nonStudentTest);
        title = titles.at(entry.nonStudentTest);
        vendor = u8(kVendors[Cttc].name);
        cells[ColDistrictCode] = QStringLiteral("CTTC");
        cells[ColSchoolCode] = QStringLiteral("CTTC00001");
        cells[ColSchoolName] = QStringLiteral("CareerTech Testing Center - Public Testing");
        cells[ColProgramCode].clear();
        cells[ColCipCode].clear();
        cells[ColProgramName].clear();
    } else if (entry.item >= 0) {
        const CatalogItem& item = m_catalog.at(entry.item);
        code = item.code;
        title = chance(rng, 0.03) ? variantTitle(rng, item.title) : item.title;
        vendor = u8(kVendors[item.vendor].name);
    } else {
        const Popularity::OffList& off = m_popularity.offList.at(entry.offList);
        code = off.code;
        title = off.title;
        vendor = u8(kVendors[off.vendor].name);
    }
    if (code.startsWith(QLatin1Char('0')) && chance(rng, 0.02))
        code = stripLeadingZeros(code); // 0911 -> 911
    const double whitespace = rng.generateDouble();
    if (whitespace < 0.05) {
        if (chance(rng, 0.5))
            code += QLatin1Char(' ');
        else
            title += chance(rng, 0.8) ? QStringLiteral(" ") : QStringLiteral("  ");
    } else if (whitespace < 0.06) {
        if (chance(rng, 0.5))
            code += QChar(0x00A0);
        else
            title.replace(title.indexOf(QLatin1Char(' ')) < 0 ? title.size()
                                                              : title.indexOf(QLatin1Char(' ')),
                          1, QChar(0x00A0));
    } else if (whitespace < 0.065) {
        title += QLatin1Char('\t');
    }
    cells[ColAssessmentCode] = code;
    cells[ColAssessmentTitle] = title;
    cells[ColVendor] = vendor;
    cells[ColTestDate] = chance(rng, 0.015) ? damagedDate(rng, entry.testDate) : usDate(entry.testDate);
    switch (entry.result) {
    case Pass:
        cells[ColResult] = QStringLiteral("Pass");
        break;
    case Fail:
        cells[ColResult] = QStringLiteral("Fail");
        break;
    case NoResult:
        break;
    case PassVariant: {
        static const QStringList variants{QStringLiteral("P"), QStringLiteral("Passed"),
                                          QStringLiteral("PASS"), QStringLiteral("pass")};
        cells[ColResult] = pickOne(rng, variants);
        break;
    }
    }
    if (entry.score > 0)
        cells[ColScore] = QString::number(entry.score);
    cells[ColAttempt] = QString::number(entry.attempt);
    return cells;
}

QList<RowMeta> MonthGenerator::plan()
{
    QList<RowMeta> meta;
    if (m_rowCount <= 0)
        return meta;
    m_recentStudents.resize(m_pools.instructors.size());
    m_students.reserve(m_rowCount);
    const QList<QDateTime> times = entryTimes();

    // A row or two (one per 2,500) from the public testing side: POSSE and driver tests.
    QList<bool> nonStudentRow(m_rowCount, false);
    const int nonStudents = m_rowCount >= 20 ? qMax(1, m_rowCount / 2500) : 0;
    for (int i = 0; i < nonStudents; ++i)
        nonStudentRow[below(m_rng, m_rowCount)] = true;

    m_planned.reserve(m_rowCount);
    meta.reserve(m_rowCount);
    QList<int> pendingRetests;
    const int monthIndex = m_month.year() * 12 + m_month.month() - 1;
    qint64 nextId = 1000000 + qint64(monthIndex % 40) * 200000 + below(m_rng, 1000);

    for (int i = 0; i < m_rowCount; ++i) {
        const QDateTime when = times.at(i);
        RowMeta row;
        // Exact duplicate: the export repeats an earlier row byte for byte.
        if (i > 0 && !nonStudentRow.at(i) && chance(m_rng, 0.015)) {
            const int source = between(m_rng, qMax(0, i - 200), i - 1);
            if (meta.at(source).kind == RowKind::Normal) {
                meta[source].references++;
                row.kind = RowKind::ExactDuplicate;
                row.result = meta.at(source).result;
                meta.append(row);
                m_planned.append({m_planned.at(source).entry, 0, source});
                continue;
            }
        }
        nextId += chance(m_rng, 0.01) ? between(m_rng, 2, 20) : 1; // a few gaps

        Entry entry;
        if (nonStudentRow.at(i)) {
            entry.nonStudent = true;
            entry.entered = when;
            entry.instructor = pickOne(m_rng, m_pools.instructorsBy[TechCenter][Trade]);
            entry.student =
                newStudent(m_pools.sites.at(m_pools.instructors.at(entry.instructor).site), when.date());
            m_students[entry.student].level = Adult;
            m_students[entry.student].id.clear();
            m_students[entry.student].birth =
                when.date().addYears(-between(m_rng, 21, 55)).addDays(-below(m_rng, 365));
            entry.nonStudentTest = below(m_rng, 2);
            setOutcome(entry, Pass);
            entry.testDate = when.date().addDays(-below(m_rng, 7));
            row.kind = RowKind::NonStudent;
        } else if (i > 0 && chance(m_rng, 0.015)) {
            // The same student and assessment entered again by a second instructor.
            const int source = between(m_rng, qMax(0, i - 500), i - 1);
            if (meta.at(source).kind == RowKind::Normal) {
                entry = m_planned.at(source).entry;
                entry.instructor = chooseInstructor(
                    kOccupations[m_pools.instructors.at(entry.instructor).occupation].area, entry.instructor);
                meta[source].references++;
                row.kind = RowKind::SecondInstructor;
            } else {
                entry = normalEntry(when);
            }
        } else if (!pendingRetests.isEmpty() && chance(m_rng, 0.02)) {
            // A Fail earlier in the month, passed on a retest.
            const int source = pendingRetests.takeFirst();
            entry = m_planned.at(source).entry;
            setOutcome(entry, Pass);
            entry.attempt = qMin(entry.attempt + 1, 3);
            const qint64 gap = qMax<qint64>(0, entry.testDate.daysTo(when.date()));
            entry.testDate = entry.testDate.addDays(qMin<qint64>(gap, between(m_rng, 1, 14)));
            meta[source].references++;
            row.kind = RowKind::Retest;
        } else {
            entry = normalEntry(when);
            if (entry.result == Fail && chance(m_rng, 0.7))
                pendingRetests.append(i);
        }
        entry.entered = when;
        entry.entryId = nextId;
        row.result = entry.result;
        meta.append(row);
        m_planned.append({entry, m_rng.generate(), -1});
    }
    return meta;
}

QStringList MonthGenerator::cells(int row)
{
    const Planned& planned = m_planned.at(row);
    if (planned.copyOf >= 0)
        return cells(planned.copyOf);
    QRandomGenerator rng(planned.renderSeed);
    return render(rng, planned.entry);
}

// Rows of `month` that a later copy may replace: plain rows nobody else copied.
QList<int> crossMonthTargets(QRandomGenerator& rng, const QList<RowMeta>& meta)
{
    const int count = int(std::lround(meta.size() * 0.02));
    QList<int> candidates;
    for (int i = 0; i < meta.size(); ++i) {
        if (meta.at(i).kind == RowKind::Normal && meta.at(i).references == 0)
            candidates.append(i);
    }
    QList<int> targets;
    for (int i = 0; i < count && i < candidates.size(); ++i) {
        const int j = i + below(rng, int(candidates.size() - i));
        candidates.swapItemsAt(i, j);
        targets.append(candidates.at(i));
    }
    std::sort(targets.begin(), targets.end());
    return targets;
}

// Cell text -> what the XLSX stores.
bool parseUsDate(QStringView text, QDate* date)
{
    const auto parts = text.split(QLatin1Char('/'));
    if (parts.size() != 3 || parts.at(2).size() != 4)
        return false;
    // Only the unpadded M/d/yyyy the export writes: a zero-padded "05/03/2026" is the day-first
    // damage case and must stay text rather than become May 3.
    if (parts.at(0).startsWith(u'0') || parts.at(1).startsWith(u'0'))
        return false;
    bool ok1 = false;
    bool ok2 = false;
    bool ok3 = false;
    const QDate d(parts.at(2).toInt(&ok3), parts.at(0).toInt(&ok1), parts.at(1).toInt(&ok2));
    if (!ok1 || !ok2 || !ok3 || !d.isValid())
        return false;
    *date = d;
    return true;
}

bool parseUsDateTime(QStringView text, QDateTime* dateTime)
{
    const auto parts = text.split(QLatin1Char(' '));
    if (parts.size() != 3)
        return false;
    QDate date;
    if (!parseUsDate(parts.at(0), &date))
        return false;
    const auto hms = parts.at(1).split(QLatin1Char(':'));
    if (hms.size() != 3)
        return false;
    int hour = hms.at(0).toInt();
    if (hour < 1 || hour > 12)
        return false;
    const bool pm = parts.at(2) == QLatin1String("PM");
    if (!pm && parts.at(2) != QLatin1String("AM"))
        return false;
    hour = hour % 12 + (pm ? 12 : 0);
    const QTime time(hour, hms.at(1).toInt(), hms.at(2).toInt());
    if (!time.isValid())
        return false;
    *dateTime = QDateTime(date, time, Qt::UTC);
    return true;
}

bool isPlainInteger(const QString& text)
{
    if (text.isEmpty() || text.size() > 15 || (text.size() > 1 && text.at(0) == QLatin1Char('0')))
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// Text stays text; per CellKind, plain integers become numbers and US dates real Excel dates,
// as a spreadsheet export would hold them. Damaged values (1.23E+09, 2025-03-14, 14/03/2025)
// stay text; a bare 5-digit date serial becomes an unformatted number.
bool writeXlsxCell(XlsxWorkbookWriter& writer, int row, int column, SampleDataGenerator::CellKind kind,
                   const QString& text)
{
    switch (kind) {
    case SampleDataGenerator::CellKind::Integer:
        if (isPlainInteger(text))
            return writer.writeNumber(row, column, text.toDouble());
        break;
    case SampleDataGenerator::CellKind::Date: {
        QDate date;
        if (parseUsDate(text, &date))
            return writer.writeDate(row, column, date);
        if (text.size() == 5 && isPlainInteger(text))
            return writer.writeNumber(row, column, text.toDouble());
        break;
    }
    case SampleDataGenerator::CellKind::DateTime: {
        QDateTime dateTime;
        if (parseUsDateTime(text, &dateTime))
            return writer.writeDateTime(row, column, dateTime);
        break;
    }
    case SampleDataGenerator::CellKind::Text:
        break;
    }
    return writer.writeString(row, column, text);
}

} // namespace

SampleDataGenerator::SampleDataGenerator(const Options& options)
    : m_month(options.month.isValid() ? QDate(options.month.year(), options.month.month(), 1) : QDate()),
      m_rows(options.rows > 0 ? options.rows : defaultRows(options.month)),
      m_rowsWereDefault(options.rows <= 0), m_seed(options.seed), m_titleAndTotals(options.titleAndTotals),
      m_headerDrift(options.headerDrift), m_windows1252(options.windows1252)
{}

bool SampleDataGenerator::parseMonth(const QString& text, QDate* firstDay)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return false;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), 1);
    if (!date.isValid() || date.year() < 1990 || date.year() > 2099)
        return false;
    *firstDay = date;
    return true;
}

int SampleDataGenerator::defaultRows(const QDate& month)
{
    if (!month.isValid())
        return 900;
    if (month.month() == 5)
        return 3500;
    if (month.month() == 7)
        return 250;
    return 900;
}

SampleDataGenerator::Table SampleDataGenerator::approvedAssessments() const
{
    const int fy = fiscalYear(m_month.isValid() ? m_month : QDate(2025, 1, 1));
    const QList<CatalogItem> catalog = buildCatalog(m_seed, fy);
    QRandomGenerator rng = makeRng(m_seed, ListStream);

    // Messy extras: two codes listed twice with different titles, two credentials listed
    // under a second cluster, one badged item whose template ID was never filled in.
    QList<int> order;
    for (int i = 0; i < catalog.size(); ++i)
        order.append(i);
    shuffle(rng, order);
    const QList<int> twoTitles = order.mid(0, 2);
    const QList<int> twoClusters = order.mid(2, 2);
    int missingTemplate = -1;
    for (const int i : std::as_const(order)) {
        if (catalog.at(i).careerTechBadge && !twoTitles.contains(i) && !twoClusters.contains(i)) {
            missingTemplate = i;
            break;
        }
    }

    Table table;
    table.title =
        QStringLiteral("Approved Industry Credentials and Assessments, FY%1 (synthetic sample data)").arg(fy);
    table.header = kApprovedHeader;
    table.kinds = QList<CellKind>(kApprovedHeader.size(), CellKind::Text);
    table.kinds[0] = CellKind::Integer; // codes like 8005 turn into numbers in a spreadsheet
    for (int column = 14; column <= 18; ++column)
        table.kinds[column] = CellKind::Integer;
    for (int i = 0; i < catalog.size(); ++i) {
        CatalogItem item = catalog.at(i);
        if (i == missingTemplate)
            item.templateId.clear();
        table.rows.append(approvedRow(rng, item));
        if (twoTitles.contains(i)) {
            CatalogItem renamed = item;
            renamed.title = variantTitle(rng, item.title);
            table.rows.append(approvedRow(rng, renamed));
        }
        if (twoClusters.contains(i)) {
            CatalogItem other = item;
            other.cluster = (item.cluster + 1 + below(rng, ClusterCount - 1)) % ClusterCount;
            table.rows.append(approvedRow(rng, other));
        }
    }
    if (!m_titleAndTotals)
        table.title.clear();
    return table;
}

SampleDataGenerator::Table SampleDataGenerator::monthlyExport() const
{
    Table table;
    table.header = kExportHeader;
    table.kinds = QList<CellKind>(kExportHeader.size(), CellKind::Text);
    table.kinds[ColEntryId] = CellKind::Integer;
    table.kinds[ColEntryDateTime] = CellKind::DateTime;
    table.kinds[ColDateOfBirth] = CellKind::Date;
    table.kinds[ColTestDate] = CellKind::Date;
    table.kinds[ColScore] = CellKind::Integer;
    table.kinds[ColAttempt] = CellKind::Integer;
    if (!m_month.isValid())
        return table;

    const int fy = fiscalYear(m_month);
    const QList<CatalogItem> catalog = buildCatalog(m_seed, fy);
    const Pools pools = buildPools(m_seed);
    const Popularity popularity = buildPopularity(m_seed, catalog);

    MonthGenerator current(m_seed, m_month, m_rows, catalog, pools, popularity);
    const QList<RowMeta> currentMeta = current.plan();
    table.rows.reserve(currentMeta.size());
    for (int i = 0; i < currentMeta.size(); ++i)
        table.rows.append(current.cells(i));

    // Passes already badged last month, entered again: plan the previous month (same seed, same
    // row count, or its default) and copy some of its plain passing rows over plain rows of ours.
    const QDate previousMonth = m_month.addMonths(-1);
    const int previousRows = m_rowsWereDefault ? defaultRows(previousMonth) : m_rows;
    MonthGenerator previous(m_seed, previousMonth, previousRows, catalog, pools, popularity);
    const QList<RowMeta> previousMeta = previous.plan();
    QRandomGenerator previousRng =
        makeRng(m_seed, CrossMonthStream, quint32(previousMonth.year() * 12 + previousMonth.month()));
    // The previous month's own cross-month rows are not its plain rows: skip them as sources.
    const QList<int> previousTargets = crossMonthTargets(previousRng, previousMeta);
    QRandomGenerator rng = makeRng(m_seed, CrossMonthStream, quint32(m_month.year() * 12 + m_month.month()));
    const QList<int> targets = crossMonthTargets(rng, currentMeta);
    QList<int> sources;
    for (int i = 0; i < previousMeta.size(); ++i) {
        if (previousMeta.at(i).kind == RowKind::Normal && previousMeta.at(i).result == Pass &&
            !std::binary_search(previousTargets.cbegin(), previousTargets.cend(), i))
            sources.append(i);
    }
    int copies = 0;
    for (int t = 0; t < targets.size() && !sources.isEmpty(); ++t, ++copies) {
        const int source = sources.takeAt(below(rng, int(sources.size())));
        QStringList cells = previous.cells(source);
        const QStringList& target = table.rows.at(targets.at(t));
        cells[ColEntryId] = target.at(ColEntryId);
        cells[ColEntryDateTime] = target.at(ColEntryDateTime);
        table.rows[targets.at(t)] = cells;
    }
    qCDebug(lcSample) << "month" << m_month << "rows" << table.rows.size() << "cross-month copies" << copies;

    if (m_headerDrift)
        applyHeaderDrift(table, m_month);
    if (m_titleAndTotals) {
        table.title = QStringLiteral("CTIMS Real-Time Certifications Export - %1 (synthetic sample data)")
                          .arg(QLocale::c().toString(m_month, QStringLiteral("MMMM yyyy")));
        table.totals = QStringList{QStringLiteral("Total Records: %1").arg(table.rows.size())};
    }
    return table;
}

QString SampleDataGenerator::monthlyBaseName() const
{
    return QStringLiteral("ctims_realtime_") + m_month.toString(QStringLiteral("yyyy-MM"));
}

QString SampleDataGenerator::templateIdFor(quint32 seed, const QString& code)
{
    // UUID v5: stable for a seed and code, unique across codes, no clock involved. Fixed forever:
    // changing the namespace would orphan every Practice catalog mapped to these templates.
    static const QUuid ns(QStringLiteral("{6f1c2a4e-0b7d-4f55-9a53-5e1d8f0c2b11}"));
    return QUuid::createUuidV5(ns, QStringLiteral("%1/%2").arg(seed).arg(code))
        .toString(QUuid::WithoutBraces);
}

QList<SampleDataGenerator::BadgeTemplate> SampleDataGenerator::badgeTemplates() const
{
    const int fy = fiscalYear(m_month.isValid() ? m_month : QDate(2025, 1, 1));
    QList<BadgeTemplate> templates;
    for (const CatalogItem& item : buildCatalog(m_seed, fy)) {
        if (item.careerTechBadge)
            templates.append({item.templateId, item.badgeName, item.code, item.title});
    }
    return templates;
}

QString SampleDataGenerator::approvedBaseName()
{
    return QStringLiteral("approved_assessments");
}

bool SampleDataGenerator::writeCsv(const Table& table, const QString& path, QString* error, bool windows1252)
{
    QList<QStringList> rows;
    rows.reserve(table.rows.size() + 3);
    if (!table.title.isEmpty())
        rows.append(QStringList{table.title});
    rows.append(table.header);
    rows.append(table.rows);
    if (!table.totals.isEmpty())
        rows.append(table.totals);
    CsvWriter::Options options;
    if (windows1252)
        options.encoding = CsvWriter::Encoding::Windows1252;
    CsvWriter writer(options);
    if (writer.writeFile(path, rows))
        return true;
    if (error)
        *error = writer.errorMessage();
    return false;
}

bool SampleDataGenerator::writeXlsx(const Table& table, const QString& path, const QString& sheetName,
                                    const QDateTime& created, bool mergeTitle, QString* error)
{
    XlsxWorkbookWriter::Options options;
    options.constantMemory = !mergeTitle; // streams rows to disk: 100k-row sheets stay small in memory
    options.created = created;
    XlsxWorkbookWriter writer(path, options);
    int row = 0;
    const int lastColumn = int(table.header.size()) - 1;
    bool ok = writer.addWorksheet(sheetName) && writer.setColumnWidth(0, lastColumn, 16);
    if (ok && !table.title.isEmpty())
        ok = mergeTitle ? writer.writeTitle(row++, 0, lastColumn, table.title)
                        : writer.writeString(row++, 0, table.title, true);
    const int headerRow = row;
    if (ok)
        ok = writer.writeHeader(row++, table.header, headerRow + int(table.rows.size()));
    for (int i = 0; ok && i < table.rows.size(); ++i, ++row) {
        const QStringList& cells = table.rows.at(i);
        for (int column = 0; ok && column < cells.size(); ++column) {
            const CellKind kind = column < table.kinds.size() ? table.kinds.at(column) : CellKind::Text;
            ok = writeXlsxCell(writer, row, column, kind, cells.at(column));
        }
    }
    for (int column = 0; ok && column < table.totals.size(); ++column)
        ok = writer.writeString(row, column, table.totals.at(column), true);
    const bool closed = writer.close();
    if (ok && closed)
        return true;
    if (error)
        *error = writer.errorMessage();
    return false;
}

bool SampleDataGenerator::writeAll(const QString& directory, QList<WrittenFile>* written)
{
    m_errorMessage.clear();
    if (!m_month.isValid()) {
        m_errorMessage = QStringLiteral("no month given");
        return false;
    }
    const QDir dir(directory);
    // The document date is the first of the month, so files do not change with the clock.
    const QDateTime created(m_month, QTime(8, 0), Qt::UTC);
    QElapsedTimer timer;
    timer.start();
    const Table monthly = monthlyExport();
    const Table approved = approvedAssessments();
    qCDebug(lcSample) << "generated in" << timer.restart() << "ms";
    const struct
    {
        const Table& table;
        QString base;
        QString sheet;
        bool merge;
    } outputs[] = {
        {monthly, monthlyBaseName(), QStringLiteral("Real-Time Certifications"), false},
        {approved, approvedBaseName(), QStringLiteral("Approved Assessments"), true},
    };
    for (const auto& output : outputs) {
        const QString csvPath = dir.filePath(output.base + QStringLiteral(".csv"));
        const QString xlsxPath = dir.filePath(output.base + QStringLiteral(".xlsx"));
        if (!writeCsv(output.table, csvPath, &m_errorMessage, m_windows1252))
            return false;
        qCDebug(lcSample) << csvPath << "written in" << timer.restart() << "ms";
        if (!writeXlsx(output.table, xlsxPath, output.sheet, created, output.merge, &m_errorMessage))
            return false;
        qCDebug(lcSample) << xlsxPath << "written in" << timer.restart() << "ms";
        if (written) {
            written->append({csvPath, int(output.table.rows.size())});
            written->append({xlsxPath, int(output.table.rows.size())});
        }
    }
    return true;
}

} // namespace badgedesk
